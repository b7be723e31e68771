// The composition root of background work: every domain's jobs, started inside each
// `next start` process (not during `next build`) and by `npm run worker`.
import type { JobHandler } from "./lib/jobs/worker";

export async function jobHandlers(): Promise<JobHandler[]> {
  const [{ outboxJobs }, { pressJobs }] = await Promise.all([import("./lib/mail/jobs"), import("./lib/press/jobs")]);
  return [...outboxJobs, ...pressJobs];
}

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.PLENARY_JOBS === "off" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startWorkers } = await import("./lib/jobs/worker");
  jobHandlers()
    .then((handlers) => startWorkers(handlers))
    .catch((e: unknown) => console.error("[jobs] could not start:", e instanceof Error ? e.message : e));
}
