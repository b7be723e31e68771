// `npm run worker`: a process that only works background jobs (emails, scheduled
// publishing), for deployments that keep web instances free of background work.
import { startWorkers } from "../lib/jobs/worker";
import { stopBoss } from "../lib/jobs/boss";
import { JOB_HANDLERS } from "../lib/background/handlers";

async function main() {
  if (!process.env.DATABASE_URL) {
    console.error("[worker] DATABASE_URL must point at the app's PostgreSQL");
    process.exit(1);
  }
  await startWorkers(JOB_HANDLERS, (m) => console.log(`[worker] ${m}`));
  const stop = async () => {
    await stopBoss();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

void main();
