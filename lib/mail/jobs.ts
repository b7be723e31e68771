// The outbox's job: deliver due messages (woken by kickOutbox, and every minute).
import { getDb } from "@/lib/db";
import { kickOutbox, QUEUES } from "@/lib/jobs/boss";
import type { JobHandler } from "@/lib/jobs/worker";
import { deliverDueMail } from "./outbox";
import { mailFrom, smtpTransport } from "./transport";

/** Messages one run delivers before it hands over to the next run (other queues get their turn). */
const OUTBOX_RUN_LIMIT = 50;
/** How long one run may go on delivering before it hands over. */
const OUTBOX_RUN_SECONDS = 30;

export const outboxJobs: JobHandler[] = [
  {
    queue: QUEUES.outbox,
    cron: "* * * * *",
    pollingIntervalSeconds: 2,
    async run() {
      const transport = smtpTransport();
      if (!transport) return null; // no SMTP configured: messages stay in the outbox, visible to organizers
      // Rounds of OUTBOX_RUN_LIMIT until the outbox is empty or the time is up (195 invitations
      // go out now, not one round a minute); then, if more wait, the next run is queued.
      const total = { sent: 0, failed: 0 };
      const until = Date.now() + OUTBOX_RUN_SECONDS * 1000;
      let full = false;
      do {
        const r = await deliverDueMail({ db: getDb(), transport, from: mailFrom(), limit: OUTBOX_RUN_LIMIT });
        total.sent += r.sent;
        total.failed += r.failed;
        full = r.sent + r.failed >= OUTBOX_RUN_LIMIT;
      } while (full && Date.now() < until);
      if (full) await kickOutbox();
      return total.sent || total.failed ? `outbox: ${total.sent} sent, ${total.failed} failed` : null;
    },
  },
];
