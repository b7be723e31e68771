import "server-only";
import { db } from "@/lib/db";

/** Checks that the database answers and the schema is migrated. */
export async function checkDatabase(): Promise<{ ok: boolean; latencyMs: number; migrations?: number }> {
  const t0 = performance.now();
  try {
    const rows = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    return { ok: true, latencyMs: Math.round(performance.now() - t0), migrations: rows[0]?.n ?? 0 };
  } catch {
    return { ok: false, latencyMs: Math.round(performance.now() - t0) };
  }
}
