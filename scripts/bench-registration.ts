// `npm run bench:registration`: BENCH_CLIENTS (200) delegates register at once through the
// production build's public registration action (posted over HTTP as the form posts it) for
// fewer seats (BENCH_SEATS, 120) than attempts, with per-country quotas (BENCH_QUOTA, 3) that
// run out; in the same run, as many single-row INSERT transactions through `pg` at the same
// concurrency (the baseline). Prints registrations/s, p50/p99 and the ratio to the baseline,
// then checks the result in the database: nothing overbooked, every acknowledged registration
// stored exactly once, waiting-list positions 1…N. Exits 1 when a check fails.
// Both sides get the same number of database connections: the app's pool (PLENARY_DB_POOL,
// default 10, passed to the server) and the baseline's pg.Pool have the same size.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { testServerUrl } from "./lib/embedded-pg";
import { createFreshDatabase } from "./lib/test-db";
import { BIN, ROOT, run } from "./lib/proc";
import { buildIsCurrent, HASH_FILE, sourceHash } from "./lib/build-hash";

const PORT = Number(process.env.BENCH_PORT ?? 3201);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const SEATS = Number(process.env.BENCH_SEATS ?? 120);
const QUOTA = Number(process.env.BENCH_QUOTA ?? 3);
const POOL = Number(process.env.PLENARY_DB_POOL ?? 10);
const SERIES_SLUG = "bench-registration";
const ACTION = { file: "lib/registrations/actions.ts", name: "registerAction" };

interface Attempt { email: string; country: string; ms: number; http: number; ack: { status: string; waitlistPosition: number | null } | null; reason: string }
interface Edition { id: string; number: number }

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);
const newId = () => `b${randomBytes(12).toString("hex")}`;

/** The action's id and the pages that post it, from the build's manifest (as e2e/support/actions.ts reads it). */
function registerActionRef(): { id: string; pages: string[] } {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string; workers?: Record<string, unknown> }>;
  };
  const hit = Object.entries(manifest.node).find(([, v]) => v.filename === ACTION.file && v.exportedName === ACTION.name);
  if (!hit) throw new Error(`no server action ${ACTION.name} of ${ACTION.file} in the build: no page posts it yet (the registration form)`);
  return { id: hit[0], pages: Object.keys(hit[1].workers ?? {}) };
}

/** A public page that posts the action, for this edition: BENCH_PAGE ("/en/series/{slug}/{number}/…"), else the manifest's. */
function pageFor(pages: string[], e: Edition): string {
  const fill = (p: string) => p.replace(/\{slug\}|\[slug\]/g, SERIES_SLUG).replace(/\{number\}|\[number\]/g, String(e.number)).replace(/\{id\}|\[id\]/g, e.id);
  if (process.env.BENCH_PAGE) return fill(process.env.BENCH_PAGE);
  const routes = pages
    .map((w) => w.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^/]+\)/g, "").replace("[locale]", "en"))
    .filter((r) => !r.includes("/admin") && !/\[(?!slug\]|number\]|id\])/.test(r));
  if (!routes[0]) throw new Error(`no public page posts ${ACTION.name} (pages: ${pages.join(", ") || "none"}); set BENCH_PAGE`);
  return fill(routes[0]);
}

async function createEdition(db: pg.Pool, seriesId: string, number: number): Promise<Edition> {
  const id = newId();
  await db.query(
    `INSERT INTO "Edition" (id, "seriesId", number, theme, "startsAt", "endsAt", "timeZone", capacity, status, "publicRegistration", "countryQuota", "announcedAt", "updatedAt")
     VALUES ($1, $2, $3, '{"en":"Bench"}', now() + interval '90 days', now() + interval '92 days', 'UTC', $4, 'REGISTRATION_OPEN', true, $5, now(), now())`,
    [id, seriesId, number, SEATS, QUOTA],
  );
  return { id, number };
}

/** The ActionResult row of a server action's RSC response (as e2e/support/actions.ts's actionResult). */
function actionResult(body: string): { ok: boolean; reason?: string; data?: { status?: string; waitlistPosition?: number | null } } | null {
  for (const json of body.split("\n").map((line) => line.replace(/^[0-9a-f]+:/, ""))) {
    if (json.startsWith('{"ok":')) return JSON.parse(json) as ReturnType<typeof actionResult>;
  }
  return null;
}

/** One delegate posting the form as React does for `action(prevState, formData)`: the fields as "_1_<name>", then the arguments. */
async function registerOne(origin: string, page: string, actionId: string, e: Edition, email: string, country: string, n: number): Promise<Attempt> {
  // What the form posts (components/forms/action-form.tsx: useActionState over FormData), empty optional fields included.
  const fields = {
    editionId: e.id, honorific: "", jobTitle: "", givenName: "Bench", familyName: `Delegate ${n}`, organization: "", countryCode: country, delegationRole: "MEMBER",
    email, phone: "", locale: "en", accessibilityNeeds: "", dietaryNeeds: "", consent: "on",
  };
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(`_1_${k}`, v);
  form.append("0", JSON.stringify([null, "$K1"]));
  const t = performance.now();
  try {
    // Each delegate from an address of their own (the last X-Forwarded-For hop is the one the server reads).
    const res = await fetch(`${origin}${page}`, {
      method: "POST", body: form, redirect: "manual",
      headers: { "Next-Action": actionId, Accept: "text/x-component", Origin: origin, "X-Forwarded-For": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
    });
    const r = actionResult(await res.text());
    const ms = performance.now() - t;
    const ack = r?.ok && (r.data?.status === "PENDING" || r.data?.status === "WAITLISTED") ? { status: r.data.status, waitlistPosition: r.data.waitlistPosition ?? null } : null;
    return { email, country, ms, http: res.status, ack, reason: ack ? "" : (r?.reason ?? `HTTP ${res.status}, no result`) };
  } catch (err) {
    return { email, country, ms: performance.now() - t, http: 0, ack: null, reason: `request failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

async function registerAll(origin: string, page: string, actionId: string, e: Edition, countries: string[], clients: number, tag: string) {
  const t0 = performance.now();
  const attempts = await Promise.all(
    Array.from({ length: clients }, (_, i) => registerOne(origin, page, actionId, e, `bench-${tag}-${i}@example.org`, countries[i % countries.length], e.number * 100_000 + i)),
  );
  return { attempts, seconds: (performance.now() - t0) / 1000 };
}

async function insertAll(pool: pg.Pool, clients: number, tag: string) {
  const t0 = performance.now();
  const ms = await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const t = performance.now();
      const c = await pool.connect();
      try {
        await c.query("BEGIN");
        await c.query("INSERT INTO bench_insert (email, country) VALUES ($1, $2)", [`bench-${tag}-${i}@example.org`, "XX"]);
        await c.query("COMMIT");
      } finally {
        c.release();
      }
      return performance.now() - t;
    }),
  );
  return { ms, seconds: (performance.now() - t0) / 1000 };
}

/** What the database holds for one edition, checked against the rules and the acknowledged answers; failures as sentences. */
async function verify(db: pg.Pool, e: Edition, attempts: Attempt[]): Promise<{ failures: string[]; seated: number; maxPerCountry: number; overbooked: number; waitlisted: number; storedUnacked: number }> {
  const { rows } = await db.query<{ email: string; status: string; countryCode: string | null; delegationRole: string; waitlistPosition: number | null }>(
    `SELECT email, status, "countryCode", "delegationRole", "waitlistPosition" FROM "Registration" WHERE "editionId" = $1`, [e.id]);
  const seatedRows = rows.filter((r) => r.status === "PENDING" || r.status === "APPROVED");
  const perCountry = new Map<string, number>();
  for (const r of seatedRows) if (r.delegationRole !== "MEDIA" && r.countryCode) perCountry.set(r.countryCode, (perCountry.get(r.countryCode) ?? 0) + 1);
  const overQuota = [...perCountry.values()].reduce((s, n) => s + Math.max(0, n - QUOTA), 0);
  const overbooked = Math.max(0, seatedRows.length - SEATS) + overQuota;
  const byEmail = new Map<string, typeof rows>();
  for (const r of rows) byEmail.set(r.email, [...(byEmail.get(r.email) ?? []), r]);
  const failures: string[] = [];
  let notOnce = 0, mismatched = 0;
  for (const a of attempts) {
    if (!a.ack) continue;
    const stored = byEmail.get(a.email) ?? [];
    if (stored.length !== 1) notOnce++;
    else if (stored[0].status !== a.ack.status || stored[0].waitlistPosition !== a.ack.waitlistPosition) mismatched++;
  }
  const acked = new Set(attempts.filter((a) => a.ack).map((a) => a.email));
  const positions = rows.filter((r) => r.status === "WAITLISTED").map((r) => r.waitlistPosition ?? 0).sort((a, b) => a - b);
  const gaps = positions.filter((p, i) => p !== i + 1).length;
  if (overbooked > 0) failures.push(`edition ${e.number}: overbooked by ${overbooked} (seated ${seatedRows.length}/${SEATS}, over quota ${overQuota})`);
  if (notOnce > 0) failures.push(`edition ${e.number}: ${notOnce} acknowledged registrations not stored exactly once`);
  if (mismatched > 0) failures.push(`edition ${e.number}: ${mismatched} stored with another status or position than acknowledged`);
  if (gaps > 0) failures.push(`edition ${e.number}: waiting list is not 1…${positions.length} (${gaps} positions out of place)`);
  return { failures, seated: seatedRows.length, maxPerCountry: Math.max(0, ...perCountry.values()), overbooked, waitlisted: positions.length, storedUnacked: rows.filter((r) => !acked.has(r.email)).length };
}

async function main() {
  const { url: base, stop: stopEmbedded } = await testServerUrl();
  let fresh: Awaited<ReturnType<typeof createFreshDatabase>> | undefined;
  let server: ReturnType<typeof spawn> | undefined;
  let db: pg.Pool | undefined, baseline: pg.Pool | undefined;
  let failed = false;
  try {
    fresh = await createFreshDatabase(base, "plenary_bench");
    db = new pg.Pool({ connectionString: fresh.url, max: 2 });
    baseline = new pg.Pool({ connectionString: fresh.url, max: POOL });
    // Dropping the database at the end ends idle connections: not an error of the run.
    for (const pool of [db, baseline]) pool.on("error", () => undefined);
    if (!buildIsCurrent()) {
      if ((await run(BIN("next"), ["build"])) !== 0) throw new Error("next build failed");
      writeFileSync(HASH_FILE, sourceHash());
    }
    const action = registerActionRef();
    // scripts/start.ts seeds (countries, demo) and starts `next start`. The address limit's factor is
    // at its maximum (1000, lib/env.ts); each delegate has an address and an email of their own anyway.
    server = spawn(BIN("tsx"), ["--require", "./scripts/lib/server-only-shim.cjs", "scripts/start.ts"], {
      cwd: ROOT, stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, DATABASE_URL: fresh.url, PORT: String(PORT), PLENARY_JOBS: "off", NEXT_TELEMETRY_DISABLED: "1", PLENARY_DEMO: "on", PLENARY_ADDRESS_LIMIT_FACTOR: "1000", PLENARY_DB_POOL: String(POOL) },
    });
    const log: string[] = []; // the server's last lines, shown if it does not start
    server.stdout?.on("data", (b: Buffer) => {
      log.push(...b.toString().split("\n"));
      log.splice(0, Math.max(0, log.length - 40));
    });
    const origin = `http://localhost:${PORT}`;
    for (let i = 0; ; i++) {
      if (i > 240 || server.exitCode !== null || server.signalCode !== null) throw new Error(`the server did not start:\n${log.join("\n")}`);
      if ((await fetch(`${origin}/api/health`).catch(() => null))?.ok) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const seriesId = newId();
    await db.query(
      `INSERT INTO "Series" (id, slug, name, "hostName", "announcedAt", "updatedAt") VALUES ($1, $2, '{"en":"Bench series"}', '{"en":"Bench host"}', now(), now())`,
      [seriesId, SERIES_SLUG]);
    await db.query("CREATE TABLE bench_insert (id serial PRIMARY KEY, email text, country text, created_at timestamptz DEFAULT now())");
    const perCountry = QUOTA + 2; // more delegates per country than its quota
    const countries = (await db.query<{ code: string }>(`SELECT code FROM "Country" ORDER BY code LIMIT $1`, [Math.ceil(CLIENTS / perCountry)])).rows.map((r) => r.code);
    // Warm-up, not measured: the page's code loaded, the app's and the baseline's connections open.
    const warm = await createEdition(db, seriesId, 1);
    await registerAll(origin, pageFor(action.pages, warm), action.id, warm, countries, POOL * 2, "warm");
    await insertAll(baseline, POOL * 2, "warm");

    const regMs: number[] = [], insMs: number[] = [];
    let regSeconds = 0, insSeconds = 0, acked = 0, non2xx = 0, fivexx = 0;
    const reasons = new Map<string, number>();
    const checks: Awaited<ReturnType<typeof verify>>[] = [];
    let page = "";
    for (let round = 0; round < ROUNDS; round++) {
      const e = await createEdition(db, seriesId, round + 2);
      page = pageFor(action.pages, e);
      const r = await registerAll(origin, page, action.id, e, countries, CLIENTS, `r${round}`);
      const b = await insertAll(baseline, CLIENTS, `r${round}`);
      regMs.push(...r.attempts.map((a) => a.ms));
      insMs.push(...b.ms);
      [regSeconds, insSeconds] = [regSeconds + r.seconds, insSeconds + b.seconds];
      for (const a of r.attempts) {
        if (a.ack) acked++;
        else reasons.set(a.reason, (reasons.get(a.reason) ?? 0) + 1);
        if (a.http < 200 || a.http >= 300) non2xx++;
        if (a.http >= 500) fivexx++;
      }
      checks.push(await verify(db, e, r.attempts));
    }
    [regMs, insMs].forEach((l) => l.sort((a, b) => a - b));
    const regRate = acked / regSeconds, insRate = (CLIENTS * ROUNDS) / insSeconds;
    const notAcked = CLIENTS * ROUNDS - acked;
    console.log(`\n${CLIENTS} concurrent clients × ${ROUNDS} round(s), ${SEATS} seats, quota ${QUOTA} over ${countries.length} countries; DB pool ${POOL} (app and baseline); posted to ${page}\n`);
    console.log("clients   registrations/s   p50 ms   p99 ms   INSERT/s   INSERT p50   INSERT p99   ratio");
    console.log(
      `${String(CLIENTS).padStart(7)}   ${regRate.toFixed(1).padStart(15)}   ${percentile(regMs, 50).toFixed(1).padStart(6)}   ${percentile(regMs, 99).toFixed(1).padStart(6)}   ` +
        `${insRate.toFixed(0).padStart(8)}   ${percentile(insMs, 50).toFixed(1).padStart(10)}   ${percentile(insMs, 99).toFixed(1).padStart(10)}   ${(regRate / insRate).toFixed(4)}×`,
    );
    checks.forEach((c, i) => console.log(
      `edition ${i + 2}: seated ${c.seated} / capacity ${SEATS}; max seated per country ${c.maxPerCountry} / quota ${QUOTA}; waitlisted ${c.waitlisted} (positions 1…${c.waitlisted}: ${c.failures.some((f) => f.includes("waiting list")) ? "NO" : "yes"}); stored but not acknowledged ${c.storedUnacked}`));
    const failures = checks.flatMap((c) => c.failures);
    console.log(`overbooked = ${checks.reduce((s, c) => s + c.overbooked, 0)}`);
    console.log(`acknowledged ${acked} / ${CLIENTS * ROUNDS}, stored exactly once: ${failures.some((f) => f.includes("exactly once")) ? "NO" : "yes"}`);
    console.log(`not acknowledged ${notAcked}${reasons.size ? ` (${[...reasons].map(([k, n]) => `${k}: ${n}`).join(", ")})` : ""}; non-2xx ${non2xx}; 5xx ${fivexx}`);
    if (notAcked > 0) failures.push(`${notAcked} registrations not acknowledged`);
    if (fivexx > 0) failures.push(`${fivexx} answers 5xx`);
    for (const f of failures) console.error(`FAIL ${f}`);
    failed = failures.length > 0;
  } finally {
    const child = server;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    await db?.end();
    await baseline?.end();
    await fresh?.drop();
    await stopEmbedded?.();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
