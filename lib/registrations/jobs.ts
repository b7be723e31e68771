// The registrations' job: passport details are deleted once their edition has ended (they
// were kept only to issue visa letters). Hourly; idempotent, so any number of workers may run it.
import "server-only";
import { SYSTEM_ACTOR } from "@/lib/access/policy";
import { QUEUES } from "@/lib/jobs/boss";
import type { JobHandler } from "@/lib/jobs/worker";
import { purgePassports } from "./privacy/mutations";

export const registrationJobs: JobHandler[] = [
  {
    queue: QUEUES.passportPurge,
    cron: "17 * * * *",
    pollingIntervalSeconds: 60,
    async run() {
      const r = await purgePassports({ actor: SYSTEM_ACTOR, input: {} });
      if (!r.ok) throw new Error(`passport purge refused: ${r.reason}`);
      const n = r.data.reduce((a, x) => a + x.count, 0);
      return n === 0 ? null : `deleted the passport details of ${n} registration(s) after their edition`;
    },
  },
];
