// Invalidation that commits with the change itself (PostgreSQL store): the tag rows and the
// NOTIFY are written in the change's own transaction, so every instance hears of it at the
// moment the change becomes visible — not a moment later. A render that began between this
// write and the commit may still read the old data; the caller invalidates once more after
// the commit (updateTag in the action, invalidatePublic in a job) to drop it. With Redis the
// invalidation after the commit is the only one.
import "server-only";
import type { Tx } from "@/lib/db";
import { CHANNEL, storeKind } from "./store.mjs";

export async function expireTagsWithin(tx: Tx, tags: string[]): Promise<void> {
  if (storeKind() !== "postgres" || tags.length === 0) return;
  const at = Date.now();
  await tx.$executeRaw`INSERT INTO "CacheTag" ("tag", "expired") SELECT unnest(${tags}::text[]), ${at}::float8
    ON CONFLICT ("tag") DO UPDATE SET "stale" = NULL, "expired" = EXCLUDED."expired"`;
  await tx.$queryRaw`SELECT pg_notify(${CHANNEL}, ${JSON.stringify(tags.map((tag) => [tag, { expired: at }]))})::text AS sent`;
}
