// Starts the background workers inside each `next start` process (Node.js runtime only,
// never during `next build`); the jobs themselves are composed in lib/background.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.PLENARY_JOBS === "off" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ startWorkers }, { JOB_HANDLERS }] = await Promise.all([import("./lib/jobs/worker"), import("./lib/background/handlers")]);
  startWorkers(JOB_HANDLERS).catch((e: unknown) => console.error("[jobs] could not start:", e instanceof Error ? e.message : e));
}
