// `npm start`: database (DATABASE_URL, or an embedded PostgreSQL in ./.data), migrations,
// idempotent demo seed, a production build when the sources changed, then `next start`.
// `npm run dev` does the same with `next dev`.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, stopLeftover, type EmbeddedDb } from "./lib/embedded-pg";
import { BIN, ROOT, prisma, runOrThrow } from "./lib/proc";
import { buildIsCurrent, HASH_FILE, sourceHash } from "./lib/build-hash";

const log = (m: string) => console.log(`[plenary] ${m}`);
const DATA = path.join(ROOT, ".data");
const dev = process.env.PLENARY_DEV === "1";

function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  mkdirSync(DATA, { recursive: true });
  const file = path.join(DATA, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

async function main() {
  const t0 = Date.now();
  const port = Number(process.env.PORT ?? 3000);
  let embedded: EmbeddedDb | undefined;
  let next: ChildProcess | undefined;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next && next.exitCode === null) {
      log("stopping the web server…");
      next.kill("SIGTERM");
      await new Promise<void>((r) => {
        const t = setTimeout(() => { next?.kill("SIGKILL"); r(); }, 10_000);
        next!.once("exit", () => { clearTimeout(t); r(); });
      });
    }
    if (embedded) {
      log("stopping the embedded PostgreSQL…");
      await embedded.stop();
    }
    process.exit(code);
  };
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, () => void shutdown(0));

  const nextPidFile = path.join(DATA, `next-${port}.pid`);
  try {
    // A web server left running by a killed run would hold the port.
    await stopLeftover(nextPidFile, /next|server\.ts/, "a web server", log);
    if (!process.env.DATABASE_URL) {
      embedded = await startEmbeddedPostgres({
        dir: process.env.EMBEDDED_PG_DIR ?? path.join(DATA, "pg"),
        port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
        database: "plenary",
        log,
      });
      process.env.DATABASE_URL = embedded.url;
      log(`embedded PostgreSQL on ${embedded.url.replace(/:[^:@/]+@/, ":***@")} (data in .data/pg)`);
    } else {
      log("using the PostgreSQL server in DATABASE_URL");
    }
    // Demo mode — demo data and accounts with a public password, password sign-in, sign-in
    // links in the log — only on the embedded database or when asked for (PLENARY_DEMO=on).
    const demo = process.env.PLENARY_DEMO ? process.env.PLENARY_DEMO === "on" : !!embedded;
    process.env.PLENARY_DEMO = demo ? "on" : "off";
    if (demo) {
      process.env.AUTH_TRUST_HOST ??= "true";
      process.env.AUTH_URL ??= process.env.PLENARY_PUBLIC_URL ?? `http://localhost:${port}`;
    } else {
      // Links in emails are built from this address, never from a request's Host header.
      if (!process.env.AUTH_URL && process.env.PLENARY_PUBLIC_URL) process.env.AUTH_URL = process.env.PLENARY_PUBLIC_URL;
      if (!process.env.AUTH_URL) throw new Error("set AUTH_URL (or PLENARY_PUBLIC_URL) to the public address, e.g. https://seminar.example.org — required outside demo mode");
      if (!process.env.AUTH_SECRET) log("warning: AUTH_SECRET is not set; a secret kept in .data/auth-secret is used — set the same AUTH_SECRET on every instance");
    }
    ensureAuthSecret();

    await prisma(["migrate", "deploy"]);
    const { runSeed } = await import("../prisma/seed");
    const accounts = await runSeed({ demo });

    if (!dev) {
      if (buildIsCurrent()) log("build is current");
      else {
        log("building (next build)…");
        await runOrThrow(BIN("next"), ["build"]);
        writeFileSync(HASH_FILE, sourceHash());
      }
    }

    // Production: Next.js behind the front cache of the public pages (scripts/server.ts).
    next = dev
      ? spawn(BIN("next"), ["dev", "-p", String(port)], { stdio: "inherit", cwd: ROOT, env: process.env })
      : spawn(BIN("tsx"), ["scripts/server.ts"], { stdio: "inherit", cwd: ROOT, env: { ...process.env, PORT: String(port) } });
    mkdirSync(DATA, { recursive: true });
    if (next.pid) writeFileSync(nextPidFile, String(next.pid));
    next.on("exit", (code) => {
      if (!stopping) void shutdown(code ?? 1);
    });
    log(`ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: http://localhost:${port}/en`);
    if (demo) {
      log("demo mode: demo accounts (password sign-in, local demo only):");
      for (const a of accounts) log(`  ${a.role.padEnd(14)} ${a.email.padEnd(32)} ${a.password}`);
    } else {
      log("production mode: no demo accounts; sign-in by emailed link. First organizer: npm run user:create -- --role ORGANIZER you@example.org");
    }
  } catch (e) {
    console.error(`[plenary] could not start: ${e instanceof Error ? e.message : String(e)}`);
    await shutdown(1);
  }
}

void main();
