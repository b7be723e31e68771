import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/mutations";

export async function retryMessage({ actor, id }: { actor: Actor; id: string }): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (!can(actor, "outbox.view")) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const updated = await tx.outboxMessage.updateMany({
      where: { id, status: { in: ["PENDING", "FAILED"] } },
      data: { status: "PENDING", nextAttemptAt: new Date() },
    });
    if (updated.count === 0) return { ok: false as const, reason: "NOT_RETRYABLE" };
    await recordAudit(tx, { actor, action: "outbox.retry", entityType: "OutboxMessage", entityId: id });
    return { ok: true as const };
  });
}
