// Registers the job handlers (the composition root of background work). Runs inside
// `next start` (instrumentation.ts) and in `npm run worker`; several processes may run it
// against one database.
import { getDb } from "@/lib/db";
import { deliverDueMail } from "@/lib/mail/outbox";
import { mailFrom, smtpTransport } from "@/lib/mail/transport";
import { publishDueReleases } from "@/lib/press/mutations";
import { getBoss, kickOutbox, QUEUES } from "./boss";

export async function startWorkers(log: (m: string) => void = (m) => console.log(`[jobs] ${m}`)) {
  const boss = await getBoss();
  await boss.work(QUEUES.outbox, { pollingIntervalSeconds: 2 }, async () => {
    const transport = smtpTransport();
    if (!transport) return; // no SMTP configured: messages stay in the outbox, visible to organizers
    const r = await deliverDueMail({ db: getDb(), transport, from: mailFrom() });
    if (r.sent || r.failed) log(`outbox: ${r.sent} sent, ${r.failed} failed`);
  });
  await boss.schedule(QUEUES.outbox, "* * * * *", {}, { singletonKey: "outbox-sweep" });
  await boss.work(QUEUES.pressPublish, { pollingIntervalSeconds: 1 }, async () => {
    const published = await publishDueReleases();
    if (published.length) {
      log(`published ${published.length} press release(s) on time`);
      await kickOutbox();
    }
  });
  await boss.schedule(QUEUES.pressPublish, "* * * * *", {}, { singletonKey: "press-sweep" });
  log("workers started");
  return boss;
}
