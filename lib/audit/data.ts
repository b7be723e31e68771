import "server-only";
import { db } from "@/lib/db";

/** Audit entries with the name of who acted (the log keeps ids, not names), in one query. */
export async function withActorNames<T extends { actorId: string | null }>(rows: T[]): Promise<(T & { actorName: string | null })[]> {
  const ids = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const names = new Map((await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return rows.map((r) => ({ ...r, actorName: (r.actorId && names.get(r.actorId)) || null }));
}
