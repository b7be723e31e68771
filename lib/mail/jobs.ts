// The outbox's job: deliver due messages (woken by kickOutbox, and every minute).
import { getDb } from "@/lib/db";
import { kickOutbox, QUEUES } from "@/lib/jobs/boss";
import type { JobHandler } from "@/lib/jobs/worker";
import { deliverDueMail } from "./outbox";
import { mailFrom, smtpTransport } from "./transport";

/** Messages one run delivers before it hands over to the next run (other queues get their turn). */
const OUTBOX_RUN_LIMIT = 50;

export const outboxJobs: JobHandler[] = [
  {
    queue: QUEUES.outbox,
    cron: "* * * * *",
    pollingIntervalSeconds: 2,
    async run() {
      const transport = smtpTransport();
      if (!transport) return null; // no SMTP configured: messages stay in the outbox, visible to organizers
      const r = await deliverDueMail({ db: getDb(), transport, from: mailFrom(), limit: OUTBOX_RUN_LIMIT });
      // A full run means more may be waiting (195 invitations at once): go on now, not at the next minute.
      if (r.sent + r.failed >= OUTBOX_RUN_LIMIT) await kickOutbox();
      return r.sent || r.failed ? `outbox: ${r.sent} sent, ${r.failed} failed` : null;
    },
  },
];
