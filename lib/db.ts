// The one Prisma client of this process (Rust-free client over node-postgres). Its
// connections work as the database role PLENARY_DB_ROLE (plenary_app, created by the
// migrations): a role that owns no table, so the application cannot alter or truncate
// tables, disable triggers, or change the audit log, whatever a query tries.
import "server-only";
import pg from "pg";
import { SafePrismaPg } from "./pg-adapter";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** A client or an open transaction: reads and single writes accept either. */
export type DbOrTx = PrismaClient | Tx;

/** A connection pool whose sessions take the application's role from the start. */
export function createPool(connectionString: string): pg.Pool {
  const role = env().PLENARY_DB_ROLE;
  return new pg.Pool({ connectionString, max: env().PLENARY_DB_POOL, ...(role ? { options: `-c role=${role}` } : {}) });
}

function clientOver(pool: pg.Pool): PrismaClient {
  return new PrismaClient({ adapter: new SafePrismaPg(pool, { disposeExternalPool: true }) });
}

export function createDb(connectionString: string): PrismaClient {
  return clientOver(createPool(connectionString));
}

// On globalThis: Next may load this module more than once in one process (instrumentation,
// routes); there is still one pool and one client.
const holder = globalThis as unknown as { plenaryDb?: PrismaClient; plenaryPool?: pg.Pool };

/** This process's pool, also for libraries that speak to pg directly (rate limits). */
export function getPool(): pg.Pool {
  if (!holder.plenaryPool) {
    const url = env().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (npm start sets it, or starts an embedded PostgreSQL)");
    holder.plenaryPool = createPool(url);
  }
  return holder.plenaryPool;
}

export function getDb(): PrismaClient {
  holder.plenaryDb ??= clientOver(getPool());
  return holder.plenaryDb;
}

/** Lazily connected: importing this module never opens a connection (e.g. during next build). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_t, prop) {
    const client = getDb();
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
