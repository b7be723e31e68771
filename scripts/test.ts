// `npm test`: lint, type-check, unit, integration (fresh database) and end-to-end
// (production build, fresh database, Chromium). `npm test -- unit e2e` runs some stages.
// Uses DATABASE_URL's server when set, else an embedded PostgreSQL in .data/test-pg.
import { writeFileSync } from "node:fs";
import { startTestPostgres } from "./lib/embedded-pg";
import { createFreshDatabase } from "./lib/test-db";
import { BIN, run } from "./lib/proc";
import { HASH_FILE, sourceHash } from "./lib/build-hash";
import { findChromium } from "./lib/chromium";

const STAGES = ["lint", "typecheck", "unit", "integration", "e2e"] as const;
type Stage = (typeof STAGES)[number];

async function main() {
  const asked = process.argv.slice(2).filter((a) => (STAGES as readonly string[]).includes(a)) as Stage[];
  const stages = asked.length ? asked : [...STAGES];
  // Anything else (e.g. e2e/editions.spec.ts, --grep x) goes to Playwright.
  const playwrightArgs = process.argv.slice(2).filter((a) => !(STAGES as readonly string[]).includes(a));
  const results: { stage: Stage; ok: boolean; seconds: number }[] = [];
  let stopEmbedded: (() => Promise<void>) | undefined;
  const baseUrl = async () => {
    if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
    const e = await startTestPostgres((m) => console.log(`[test] ${m}`));
    stopEmbedded = e.stop;
    process.env.DATABASE_URL = e.url;
    return e.url;
  };

  const step = async (stage: Stage, fn: () => Promise<boolean>) => {
    console.log(`\n━━━ ${stage} ━━━`);
    const t0 = Date.now();
    let ok = false;
    try {
      ok = await fn();
    } catch (e) {
      console.error(`[test] ${stage} could not run: ${e instanceof Error ? e.message : String(e)}`);
    }
    results.push({ stage, ok, seconds: (Date.now() - t0) / 1000 });
  };

  for (const stage of stages) {
    if (stage === "lint") await step(stage, async () => (await run(BIN("eslint"), ["--max-warnings", "0", "."])) === 0);
    if (stage === "typecheck") await step(stage, async () => (await run(BIN("tsc"), ["--noEmit"])) === 0);
    if (stage === "unit") await step(stage, async () => (await run(BIN("vitest"), ["run", "--project", "unit"])) === 0);
    if (stage === "integration")
      await step(stage, async () => {
        await baseUrl();
        return (await run(BIN("vitest"), ["run", "--project", "integration"])) === 0;
      });
    if (stage === "e2e")
      await step(stage, async () => {
        const chromium = findChromium();
        const fresh = await createFreshDatabase(await baseUrl(), "plenary_e2e");
        try {
          console.log("[test] building the production app (next build)…");
          if ((await run(BIN("next"), ["build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } })) !== 0) return false;
          writeFileSync(HASH_FILE, sourceHash());
          const code = await run(BIN("playwright"), ["test", ...playwrightArgs], { env: { ...process.env, E2E_DATABASE_URL: fresh.url, CHROMIUM_PATH: chromium } });
          return code === 0;
        } finally {
          await fresh.drop();
        }
      });
  }
  await stopEmbedded?.();

  console.log("\n━━━ summary ━━━");
  for (const r of results) console.log(`${r.ok ? "PASS" : "FAIL"}  ${r.stage.padEnd(12)} ${r.seconds.toFixed(1)} s`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

void main();
