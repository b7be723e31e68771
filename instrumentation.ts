// Starts the background workers inside each `next start` process (not during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.PLENARY_JOBS === "off" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startWorkers } = await import("./lib/jobs/worker");
  startWorkers().catch((e: unknown) => console.error("[jobs] could not start:", e instanceof Error ? e.message : e));
}
