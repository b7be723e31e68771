// The one Prisma client of this process (Rust-free client over node-postgres).
import "server-only";
import { SafePrismaPg } from "./pg-adapter";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** A client or an open transaction: reads and single writes accept either. */
export type DbOrTx = PrismaClient | Tx;

export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new SafePrismaPg({ connectionString, max: env().PLENARY_DB_POOL }) });
}

const holder = globalThis as unknown as { plenaryDb?: PrismaClient };

export function getDb(): PrismaClient {
  if (!holder.plenaryDb) {
    const url = env().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (npm start sets it, or starts an embedded PostgreSQL)");
    holder.plenaryDb = createDb(url);
  }
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
