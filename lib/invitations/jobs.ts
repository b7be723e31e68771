// The invitations' job: remind focal points who have not answered (after the number of
// days the organizer set for the edition), and mark "no answer" once registration closes.
// Every worker may run it at once: each reminder is claimed by a conditional update.
import "server-only";
import { SYSTEM_ACTOR } from "@/lib/access/policy";
import { kickOutbox, QUEUES } from "@/lib/jobs/boss";
import type { JobHandler } from "@/lib/jobs/worker";
import { sendDueReminders } from "./reminders/mutations";

export const invitationJobs: JobHandler[] = [
  {
    queue: QUEUES.invitationReminders,
    cron: "*/15 * * * *",
    pollingIntervalSeconds: 30,
    async run() {
      const r = await sendDueReminders({ actor: SYSTEM_ACTOR, input: {} });
      if (!r.ok) throw new Error(`invitation reminders refused: ${r.reason}`);
      if (r.data.reminded === 0 && r.data.noAnswer === 0) return null;
      if (r.data.reminded) await kickOutbox();
      return `reminded ${r.data.reminded} focal point(s); ${r.data.noAnswer} invitation(s) closed without an answer`;
    },
  },
];
