import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import type { Principal } from "@/lib/access/policy";
import type { AuditAction } from "./actions";

/**
 * One audit entry: `action` is a code ("edition.transition") and `data` its parameters;
 * both are translated when shown (audit.<action> in the catalogues), never stored as prose.
 */
export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string;
  editionId?: string | null;
  data?: Prisma.InputJsonValue;
}

/** Appends to the audit log. The use-case helper calls it inside the change's transaction. */
export async function recordAudit(tx: DbOrTx, entry: AuditEntry & { actor: Pick<Principal, "id" | "email"> | null }) {
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
