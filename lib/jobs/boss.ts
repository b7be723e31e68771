// The Postgres-backed job queue (pg-boss) on the app's own database. Any instance may send
// jobs; instances with PLENARY_JOBS=on (the default) and `npm run worker` also work them.
import { env } from "@/lib/env";
import { PgBoss } from "./pg-boss";

const holder = globalThis as unknown as { plenaryBoss?: Promise<PgBoss> };

export const QUEUES = {
  outbox: "outbox-deliver",
  pressPublish: "press-publish",
  invitationReminders: "invitation-reminders",
  passportPurge: "registration-passport-purge",
} as const;

/** The pg-boss instance of this process, started once. */
export function getBoss(): Promise<PgBoss> {
  if (!holder.plenaryBoss) {
    holder.plenaryBoss = (async () => {
      const url = env().DATABASE_URL;
      if (!url) throw new Error("DATABASE_URL is not set");
      const boss = new PgBoss({ connectionString: url, max: 4, schema: "pgboss" });
      boss.on("error", (e: unknown) => console.error("[jobs] pg-boss error:", e instanceof Error ? e.message : e));
      await boss.start();
      for (const name of Object.values(QUEUES)) await boss.createQueue(name);
      return boss;
    })();
    holder.plenaryBoss.catch(() => {
      holder.plenaryBoss = undefined;
    });
  }
  return holder.plenaryBoss;
}

export async function stopBoss(): Promise<void> {
  const p = holder.plenaryBoss;
  holder.plenaryBoss = undefined;
  if (p) await (await p).stop({ graceful: true, wait: true });
}

/** Asks a worker to deliver the outbox now (the minutely sweep would do it anyway). */
export async function kickOutbox(): Promise<void> {
  try {
    const boss = await getBoss();
    // Throttled to one run per 2 s; a kick inside a taken slot is queued for the next slot, not dropped.
    await boss.send(QUEUES.outbox, {}, { singletonKey: "outbox", singletonSeconds: 2, singletonNextSlot: true });
  } catch (e) {
    console.error("[jobs] could not queue outbox delivery:", e instanceof Error ? e.message : e);
  }
}

/** Wakes a worker at a release's publication time (the minutely sweep is the safety net). */
export async function schedulePressPublication(releaseId: string, at: Date): Promise<void> {
  try {
    const boss = await getBoss();
    await boss.send(QUEUES.pressPublish, { releaseId }, { startAfter: at, singletonKey: `press-${releaseId}-${at.getTime()}` });
  } catch (e) {
    console.error("[jobs] could not schedule publication:", e instanceof Error ? e.message : e);
  }
}
