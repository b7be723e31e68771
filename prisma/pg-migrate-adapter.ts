// Driver adapter for the Prisma 6.19 CLI's Wasm schema engine (migrate / db commands).
// Loaded only from prisma.config.ts, i.e. only inside the Prisma CLI process.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";

type QueryResultLike = { fields?: { dataTypeID: number }[] } | undefined;

// prisma/orm#27403: adapter-pg 6.x throws on catalog columns of type "name" (OID 19) and
// "char" (OID 18). pg already returns both as JS strings, so relabel them as text (25).
function relabel<T>(res: T): T {
  for (const f of (res as QueryResultLike)?.fields ?? []) {
    if (f.dataTypeID === 19 || f.dataTypeID === 18) f.dataTypeID = 25;
  }
  return res;
}

// prisma/orm#29635: on PostgreSQL 18, NOT NULL constraints appear in pg_constraint
// (contype 'n') and crash the engine. A no-op on older servers or if the SQL changes.
const pg18 = (sql: string) => sql.replace("contype NOT IN ('p', 'u', 'f')", "contype IN ('c', 'x')");

class CatalogSafeClient extends pg.Client {
  // pg.Client#query has a dozen overloads; this wrapper forwards all of them unchanged.
  query(...args: unknown[]): never {
    const first = args[0] as string | { text?: string } | undefined;
    if (typeof first === "string") args[0] = pg18(first);
    else if (first && typeof first.text === "string") args[0] = { ...first, text: pg18(first.text) };
    const i = args.findLastIndex((a) => typeof a === "function"); // pg.Pool uses the callback form
    if (i >= 0) {
      const cb = args[i] as (err: unknown, res: unknown) => void;
      args[i] = (err: unknown, res: unknown) => cb(err, relabel(res));
    }
    const ret = (super.query as (...a: unknown[]) => unknown)(...args);
    return (ret && typeof (ret as Promise<unknown>).then === "function"
      ? (ret as Promise<unknown>).then(relabel)
      : ret) as never;
  }
}

// adapter-pg's executeScript() splits a migration on every ";" — inside comments and
// dollar-quoted function bodies too — and runs the pieces one by one. Send the script as one
// simple-protocol query instead: PostgreSQL parses it properly and runs it atomically.
type ScriptAdapter = { executeScript(script: string): Promise<void> };
function wholeScript<T extends ScriptAdapter>(adapter: T): T {
  const inner = adapter as unknown as { client: pg.Pool; onError(e: unknown): never };
  adapter.executeScript = async (script: string) => {
    try {
      await inner.client.query(script);
    } catch (error) {
      inner.onError(error);
    }
  };
  return adapter;
}

// adapter-pg's own connectToShadowDb() reuses the real database when the config has a
// connection string, and drops the shadow database before closing its pool.
class PrismaPgMigrate extends PrismaPg {
  constructor(private readonly cfg: pg.PoolConfig) {
    super(cfg);
  }
  override async connect() {
    return wholeScript(await super.connect());
  }
  override async connectToShadowDb() {
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    const admin = new pg.Client(this.cfg);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadow = wholeScript(await new PrismaPg({ ...this.cfg, database: name }).connect());
    const release = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await release(); // close the shadow pool first, then drop the database
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.end();
    };
    return shadow;
  }
}

export function migrateAdapter(url = process.env.DATABASE_URL) {
  if (!url) throw new Error("DATABASE_URL is not set");
  return new PrismaPgMigrate({
    ...parseIntoClientConfig(url),
    Client: CatalogSafeClient,
    allowExitOnIdle: true,
  } as pg.PoolConfig);
}

// The Wasm schema engine leaves 10 s / 60 s timers armed after a command is done and the
// CLI exits only on an empty event loop; unref long timers so commands end promptly.
export function unrefLongTimers(minMs = 10_000) {
  const orig = globalThis.setTimeout;
  const wrapped = (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const t = orig(fn, ms, ...args);
    if ((ms ?? 0) >= minMs) t.unref();
    return t;
  };
  globalThis.setTimeout = Object.assign(wrapped, orig) as unknown as typeof setTimeout;
}
