// `npm run bench:pages`: requests per second and p50/p99 latency of every public page type
// (home, series, edition, news list, release, feed, calendar file, in English and Arabic,
// and the sitemap) at 50 concurrent connections (BENCH_CONNECTIONS) against the production
// build, next to a static file served by the same server in the same run (the baseline), as
// ratios, with issue 12's target beside each; the database transactions each page needed;
// and the first-load JavaScript of each page next to a bare Next.js App Router page built
// with the same Next.js in the same run. Requests ask for gzip or Brotli, as browsers do.
import pg from "pg";
import autocannon from "autocannon";
import { firstLoadJs, startBareNext, type JsWeight } from "./lib/first-load-js";
import { publicPages, startProdServer } from "./lib/prod-server";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const JS_BUDGET = 25 * 1024; // issue 12: at most 25 KB gzip above a bare page

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
function measure(url: string): Promise<{ rps: number; p50: number; p99: number; non2xx: number; errors: number; total: number }> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS, pipelining: 1, headers: { "accept-encoding": "gzip, deflate, br" } }, (err, result) => {
      if (err) return reject(err);
      latencies.sort((a, b) => a - b);
      resolve({ rps: result.requests.total / SECONDS, p50: percentile(latencies, 50), p99: percentile(latencies, 99), non2xx: result.non2xx, errors: result.errors, total: result.requests.total });
    });
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const server = await startProdServer({ port: PORT, database: "plenary_bench" });
  const targets = [{ name: "static file (baseline)", path: "/robots.txt", html: false }, ...publicPages()];
  const weights = new Map<string, JsWeight>();
  try {
    for (const t of targets) await fetch(server.origin + t.path); // warm the cache
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each, against the production build\n`);
    console.log("target                    req/s     p50 ms   p99 ms   non-2xx   DB tx/request   vs static   issue 12 (≥ 0.5×, p99 < 100 ms)");
    let baseline = 0;
    for (const t of targets) {
      const before = await transactions(server.databaseUrl);
      const m = await measure(server.origin + t.path);
      const tx = ((await transactions(server.databaseUrl)) - before) / Math.max(1, m.total);
      if (!baseline) baseline = m.rps;
      console.log(
        `${t.name.padEnd(24)} ${m.rps.toFixed(0).padStart(7)}  ${m.p50.toFixed(1).padStart(8)} ${m.p99.toFixed(1).padStart(8)}  ${String(m.non2xx + m.errors).padStart(8)}  ${tx.toFixed(3).padStart(14)}   ${(m.rps / baseline).toFixed(3).padStart(6)}×   ${m.rps / baseline >= 0.5 && m.p99 < 100 ? "met" : "not yet"}`,
      );
    }
    for (const t of targets) if (t.html) weights.set(t.name, await firstLoadJs(server.origin, t.path));
  } finally {
    await server.stop();
  }

  const bare = await startBareNext(PORT + 1);
  const bareWeight = await firstLoadJs(bare.origin, "/").finally(() => bare.stop());
  console.log(`\nFirst-load JavaScript (script files, gzip), against a bare Next.js App Router page built with the same Next.js\n`);
  console.log("page                      files     gzip   above bare   issue 12 (≤ 25 KB above)   inline data (gzip)");
  console.log(`${"bare App Router page".padEnd(24)} ${String(bareWeight.files).padStart(6)} ${kb(bareWeight.gzipBytes).padStart(9)}            —                          —   ${kb(bareWeight.inlineBytes).padStart(9)}`);
  for (const [name, w] of weights) {
    const above = w.gzipBytes - bareWeight.gzipBytes;
    console.log(`${name.padEnd(24)} ${String(w.files).padStart(6)} ${kb(w.gzipBytes).padStart(9)}  ${kb(above).padStart(11)}   ${(above <= JS_BUDGET ? "met" : "not yet").padStart(24)}   ${kb(w.inlineBytes).padStart(9)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
