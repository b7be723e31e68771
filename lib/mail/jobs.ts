// The outbox's job: deliver due messages (woken by kickOutbox, and every minute).
import { getDb } from "@/lib/db";
import { QUEUES } from "@/lib/jobs/boss";
import type { JobHandler } from "@/lib/jobs/worker";
import { deliverDueMail } from "./outbox";
import { mailFrom, smtpTransport } from "./transport";

export const outboxJobs: JobHandler[] = [
  {
    queue: QUEUES.outbox,
    cron: "* * * * *",
    pollingIntervalSeconds: 2,
    async run() {
      const transport = smtpTransport();
      if (!transport) return null; // no SMTP configured: messages stay in the outbox, visible to organizers
      const r = await deliverDueMail({ db: getDb(), transport, from: mailFrom() });
      return r.sent || r.failed ? `outbox: ${r.sent} sent, ${r.failed} failed` : null;
    },
  },
];
