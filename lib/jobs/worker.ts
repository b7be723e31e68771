// Works background jobs. Each domain describes its own jobs (lib/<domain>/jobs.ts); the
// composition root (instrumentation.ts, used by `next start` and `npm run worker`) hands
// them here, so this infrastructure knows no domain. Several processes may run it
// against one database.
import { getBoss } from "./boss";

export interface JobHandler {
  queue: string;
  /** Also run on this cron schedule (a safety net for jobs that are sent ahead of time). */
  cron?: string;
  pollingIntervalSeconds?: number;
  /** Does the work; returns a line for the log when something happened. */
  run: () => Promise<string | null>;
}

export async function startWorkers(handlers: JobHandler[], log: (m: string) => void = (m) => console.log(`[jobs] ${m}`)) {
  const boss = await getBoss();
  for (const h of handlers) {
    await boss.createQueue(h.queue);
    await boss.work(h.queue, { pollingIntervalSeconds: h.pollingIntervalSeconds ?? 2 }, async () => {
      const line = await h.run();
      if (line) log(line);
    });
    if (h.cron) await boss.schedule(h.queue, h.cron, {}, { singletonKey: `${h.queue}-sweep` });
  }
  log("workers started");
  return boss;
}
