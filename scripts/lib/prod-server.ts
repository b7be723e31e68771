// The production build (`npm start`, front cache and all) on a fresh database with the demo
// data, for the benchmarks and the Lighthouse run: built first when the sources changed.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { testServerUrl } from "./embedded-pg";
import { createFreshDatabase } from "./test-db";
import { BIN, ROOT, run } from "./proc";
import { buildIsCurrent, HASH_FILE, sourceHash } from "./build-hash";

export type ProdServer = { origin: string; databaseUrl: string; stop: () => Promise<void> };

export async function startProdServer(opts: { port: number; database: string; env?: Record<string, string> }): Promise<ProdServer> {
  const { url: base, stop: stopEmbedded } = await testServerUrl();
  const fresh = await createFreshDatabase(base, opts.database);
  if (!buildIsCurrent()) {
    if ((await run(BIN("next"), ["build"])) !== 0) throw new Error("next build failed");
    writeFileSync(HASH_FILE, sourceHash());
  }
  const server = spawn(BIN("tsx"), ["--require", "./scripts/lib/server-only-shim.cjs", "scripts/start.ts"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: fresh.url, PORT: String(opts.port), PLENARY_JOBS: "off", NEXT_TELEMETRY_DISABLED: "1", PLENARY_DEMO: "on", ...opts.env },
  });
  // Read and drop the server's log: a full pipe would stop the server mid-run.
  server.stdout?.resume();
  const origin = `http://localhost:${opts.port}`;
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
    }
    await fresh.drop();
    await stopEmbedded?.();
  };
  try {
    for (let i = 0; ; i++) {
      if (i > 240) throw new Error("the server did not start");
      if ((await fetch(`${origin}/api/health`).catch(() => null))?.ok) break;
      await new Promise((r) => setTimeout(r, 500));
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return { origin, databaseUrl: fresh.url, stop };
}

/** Every public page type, in English and Arabic (issue 12). */
export const SERIES_SLUG = "joint-response-to-terrorism";
export const RELEASE_SLUG = "seminar-2020-joint-response-to-terrorism";
export function publicPages(locales: readonly string[] = ["en", "ar"]): { name: string; path: string; html: boolean }[] {
  return [
    ...locales.flatMap((l) => [
      { name: `home (${l})`, path: `/${l}`, html: true },
      { name: `series (${l})`, path: `/${l}/series/${SERIES_SLUG}`, html: true },
      { name: `edition (${l})`, path: `/${l}/series/${SERIES_SLUG}/2`, html: true },
      { name: `news list (${l})`, path: `/${l}/news`, html: true },
      { name: `release (${l})`, path: `/${l}/news/${RELEASE_SLUG}`, html: true },
      { name: `feed (${l})`, path: `/${l}/news/feed.xml`, html: false },
      { name: `calendar file (${l})`, path: `/${l}/series/${SERIES_SLUG}/2/calendar.ics`, html: false },
    ]),
    { name: "sitemap", path: "/sitemap.xml", html: false },
  ];
}
