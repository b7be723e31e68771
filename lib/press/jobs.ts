// The newsroom's job: publish scheduled and embargoed releases on time, whoever is signed
// in (woken at each release's time, and every minute as a safety net), and drop the cached
// news pages of every instance.
import "server-only";
import { SYSTEM_ACTOR } from "@/lib/access/policy";
import { kickOutbox, QUEUES } from "@/lib/jobs/boss";
import type { JobHandler } from "@/lib/jobs/worker";
import { invalidatePublic, NEWS_TAG } from "@/lib/public-cache";
import { publishDueReleases } from "./mutations";

export const pressJobs: JobHandler[] = [
  {
    queue: QUEUES.pressPublish,
    cron: "* * * * *",
    pollingIntervalSeconds: 1,
    async run() {
      const r = await publishDueReleases({ actor: SYSTEM_ACTOR, input: {} });
      if (!r.ok) throw new Error(`scheduled publishing refused: ${r.reason}`);
      if (r.data.length === 0) return null;
      // Every instance drops its news pages now, whichever process runs this job.
      await invalidatePublic(NEWS_TAG);
      await kickOutbox();
      return `published ${r.data.length} press release(s) on time`;
    },
  },
];
