import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import type { Actor } from "@/lib/access/policy";

/** Appends to the audit log. Call it inside the transaction of the change it records. */
export async function recordAudit(
  tx: DbOrTx,
  entry: { actor: Pick<Actor, "id" | "email"> | null; action: string; entityType: string; entityId: string; editionId?: string | null; data?: Prisma.InputJsonValue },
) {
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      editionId: entry.editionId ?? null,
      data: entry.data,
    },
  });
}
