// `npm run db:migrate` applies the migrations; `npm run db:seed` writes the demo data
// (idempotent). Both use DATABASE_URL, or the embedded PostgreSQL of `npm start` (./.data).
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDb } from "./lib/embedded-pg";
import { ROOT, prisma } from "./lib/proc";

const log = (m: string) => console.log(`[db] ${m}`);
const COMMANDS = ["migrate", "seed"] as const;

async function main() {
  const command = process.argv[2];
  if (!(COMMANDS as readonly string[]).includes(command ?? "")) {
    console.error(`usage: tsx scripts/db.ts ${COMMANDS.join("|")}`);
    process.exit(2);
  }
  let embedded: EmbeddedDb | undefined;
  // The demo goes into the embedded database, or wherever PLENARY_DEMO=on says.
  const demo = process.env.PLENARY_DEMO ? process.env.PLENARY_DEMO === "on" : !process.env.DATABASE_URL;
  try {
    if (!process.env.DATABASE_URL) {
      embedded = await startEmbeddedPostgres({
        dir: process.env.EMBEDDED_PG_DIR ?? path.join(ROOT, ".data", "pg"),
        port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
        database: "plenary",
        log,
      });
      process.env.DATABASE_URL = embedded.url;
    }
    if (command === "migrate") await prisma(["migrate", "deploy"]);
    if (command === "seed") {
      const { runSeed } = await import("../prisma/seed");
      const accounts = await runSeed({ demo });
      log(demo ? `seeded the demo (${accounts.length} demo accounts)` : "seeded the reference data (PLENARY_DEMO=on adds the demo)");
    }
  } catch (e) {
    console.error(`[db] ${command} failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  } finally {
    await embedded?.stop();
  }
  process.exit(process.exitCode ?? 0);
}

void main();
