// `npm run bench:pages`: requests per second and p50/p99 latency of every public page type
// (home, series, edition, news list, release, feed, calendar file, in English and Arabic,
// and the sitemap) at 50 concurrent connections (BENCH_CONNECTIONS) against the production
// build, next to a static file served by the same server in the same run (the baseline), as
// ratios, with issue 12's target beside each. It also counts database transactions during
// each page run: cached pages should need ~0.
import { spawn } from "node:child_process";
import pg from "pg";
import autocannon from "autocannon";
import { testServerUrl } from "./lib/embedded-pg";
import { createFreshDatabase } from "./lib/test-db";
import { BIN, ROOT, run } from "./lib/proc";
import { buildIsCurrent, HASH_FILE, sourceHash } from "./lib/build-hash";
import { writeFileSync } from "node:fs";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SLUG = "joint-response-to-terrorism";
const RELEASE = "seminar-2020-joint-response-to-terrorism";

async function transactions(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const r = await c.query("SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()");
  await c.end();
  return Number(r.rows[0].n);
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/** One autocannon run; latencies are collected per response for exact percentiles. */
function measure(url: string): Promise<{ rps: number; p50: number; p95: number; p99: number; non2xx: number; errors: number; total: number }> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS, pipelining: 1 }, (err, result) => {
      if (err) return reject(err);
      latencies.sort((a, b) => a - b);
      resolve({ rps: result.requests.total / SECONDS, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), non2xx: result.non2xx, errors: result.errors, total: result.requests.total });
    });
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

async function main() {
  const { url: base, stop: stopEmbedded } = await testServerUrl();
  const fresh = await createFreshDatabase(base, "plenary_bench");
  if (!buildIsCurrent()) {
    if ((await run(BIN("next"), ["build"])) !== 0) throw new Error("next build failed");
    writeFileSync(HASH_FILE, sourceHash());
  }
  const server = spawn(BIN("tsx"), ["--require", "./scripts/lib/server-only-shim.cjs", "scripts/start.ts"], {
    cwd: ROOT, stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: fresh.url, PORT: String(PORT), PLENARY_JOBS: "off", NEXT_TELEMETRY_DISABLED: "1", PLENARY_DEMO: "on" },
  });
  // Read and drop the server's log: a full pipe would stop the server mid-run.
  server.stdout?.resume();
  const origin = `http://localhost:${PORT}`;
  try {
    for (let i = 0; ; i++) {
      if (i > 240) throw new Error("the server did not start");
      if ((await fetch(`${origin}/api/health`).catch(() => null))?.ok) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    // Every public page type, in English and Arabic (issue 12), after the static baseline.
    const targets = [
      { name: "static file (baseline)", url: `${origin}/robots.txt` },
      ...(["en", "ar"] as const).flatMap((l) => [
        { name: `home (${l})`, url: `${origin}/${l}` },
        { name: `series (${l})`, url: `${origin}/${l}/series/${SLUG}` },
        { name: `edition (${l})`, url: `${origin}/${l}/series/${SLUG}/2` },
        { name: `news list (${l})`, url: `${origin}/${l}/news` },
        { name: `release (${l})`, url: `${origin}/${l}/news/${RELEASE}` },
        { name: `feed (${l})`, url: `${origin}/${l}/news/feed.xml` },
        { name: `calendar file (${l})`, url: `${origin}/${l}/series/${SLUG}/2/calendar.ics` },
      ]),
      { name: "sitemap", url: `${origin}/sitemap.xml` },
    ];
    for (const t of targets) await fetch(t.url); // warm the cache
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each, against the production build\n`);
    console.log("target                    req/s     p50 ms   p99 ms   non-2xx   DB tx/request   vs static   issue 12 (≥ 0.5×, p99 < 100 ms)");
    let baseline = 0;
    for (const t of targets) {
      const before = await transactions(fresh.url);
      const m = await measure(t.url);
      const tx = ((await transactions(fresh.url)) - before) / Math.max(1, m.total);
      if (!baseline) baseline = m.rps;
      console.log(
        `${t.name.padEnd(24)} ${m.rps.toFixed(0).padStart(7)}  ${m.p50.toFixed(1).padStart(8)} ${m.p99.toFixed(1).padStart(8)}  ${String(m.non2xx + m.errors).padStart(8)}  ${tx.toFixed(3).padStart(14)}   ${(m.rps / baseline).toFixed(3).padStart(6)}×   ${m.rps / baseline >= 0.5 && m.p99 < 100 ? "met" : "not yet"}`,
      );
    }
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    await fresh.drop();
    await stopEmbedded?.();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
