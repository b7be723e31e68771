// A failed COMMIT must give its connection back to the pool (see pg-adapter.ts). The
// upstream adapter, as the control, loses it. A deferred unique constraint makes COMMIT
// fail every time, with no race to depend on (serialization failures at COMMIT, the case
// met in production, take the same path).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { SafePrismaPg } from "./pg-adapter";

const pools: pg.Pool[] = [];
const table = `commit_probe_${Math.random().toString(36).slice(2, 8)}`;

beforeAll(async () => {
  const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await owner.connect();
  await owner.query(`CREATE TABLE ${table} (k int, CONSTRAINT ${table}_k UNIQUE (k) DEFERRABLE INITIALLY DEFERRED)`);
  await owner.end();
});
afterAll(async () => {
  for (const p of pools) p.end().catch(() => {}); // the control's pool never drains: do not wait for it
});

/** Transactions whose COMMIT fails (a deferred unique violation); returns connections not given back. */
async function leakedAfterFailedCommits(Adapter: typeof PrismaPg): Promise<{ leaked: number; failed: number }> {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 8 });
  pools.push(pool);
  const db = new PrismaClient({ adapter: new Adapter(pool) });
  let failed = 0;
  for (let i = 0; i < 3; i++) {
    await db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`INSERT INTO ${table} VALUES (${i})`);
        await tx.$executeRawUnsafe(`INSERT INTO ${table} VALUES (${i})`); // refused only at COMMIT
      })
      .catch(() => failed++);
  }
  // The pool is still usable for a plain query (it would hang once every connection leaked).
  await db.$queryRawUnsafe("SELECT 1");
  return { leaked: pool.totalCount - pool.idleCount, failed };
}

describe("the database adapter", () => {
  it("returns the connection of a transaction whose COMMIT failed", async () => {
    const safe = await leakedAfterFailedCommits(SafePrismaPg);
    expect(safe.failed).toBe(3);
    expect(safe.leaked).toBe(0);
  });

  it("(control) the upstream adapter loses them", async () => {
    const upstream = await leakedAfterFailedCommits(PrismaPg);
    expect(upstream.failed).toBe(3);
    expect(upstream.leaked).toBe(3);
  });
});
