import "server-only";
import { db } from "@/lib/db";

export async function listOutbox(opts: { take?: number } = {}) {
  const [messages, counts] = await Promise.all([
    // Never the sealed secret: the page shows bodies, whose links stand as SECRET_LINK.
    db.outboxMessage.findMany({ orderBy: { createdAt: "desc" }, take: opts.take ?? 100, omit: { secret: true } }),
    db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return { messages, counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Record<string, number> };
}
