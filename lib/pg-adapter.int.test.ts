// A failed COMMIT must give its connection back to the pool (see pg-adapter.ts). The
// upstream adapter, as the control, loses it.
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { SafePrismaPg } from "./pg-adapter";

const pools: pg.Pool[] = [];
afterAll(async () => {
  for (const p of pools) p.end().catch(() => {}); // the control's pool never drains: do not wait for it
});

/** Rounds of four racing serializable check-then-insert transactions; returns connections not given back. */
async function leakedAfterRaces(Adapter: typeof PrismaPg): Promise<{ leaked: number; conflicts: number }> {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 8 });
  pools.push(pool);
  const db = new PrismaClient({ adapter: new Adapter(pool) });
  const outlet = `leak-${Math.random().toString(36).slice(2)}`;
  const race = () =>
    db.$transaction(
      async (tx) => {
        await tx.pressContact.count({ where: { outlet } });
        await tx.pressContact.create({ data: { email: `${Math.random().toString(36).slice(2)}@leak.example`, outlet } });
      },
      { isolationLevel: "Serializable" },
    );
  let conflicts = 0;
  for (let round = 0; round < 3; round++) conflicts += (await Promise.allSettled([race(), race(), race(), race()])).filter((r) => r.status === "rejected").length;
  return { leaked: pool.totalCount - pool.idleCount, conflicts };
}

describe("the database adapter", () => {
  it("returns the connection of a transaction whose COMMIT failed", async () => {
    const safe = await leakedAfterRaces(SafePrismaPg);
    expect(safe.conflicts).toBeGreaterThan(0);
    expect(safe.leaked).toBe(0);
  });

  it("(control) the upstream adapter loses them", async () => {
    const upstream = await leakedAfterRaces(PrismaPg);
    expect(upstream.conflicts).toBeGreaterThan(0);
    expect(upstream.leaked).toBeGreaterThan(0);
  });
});
