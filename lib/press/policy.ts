// The newsroom's workflow: who may move a release from which status to which.
// Nothing goes out before a reviewer approves it and before its time.
import type { PressStatus } from "@/lib/generated/prisma/enums";
import { can as hasPermission, type Permission, type Principal } from "@/lib/access/policy";

export type PressAction = "edit" | "translate" | "submit" | "approve" | "requestChanges" | "schedule" | "embargo" | "publish" | "withdraw" | "redraft" | "approveTranslation";

const RULES: Record<PressAction, { permission: Permission; from: readonly PressStatus[] }> = {
  edit: { permission: "press.draft", from: ["DRAFT", "IN_REVIEW", "APPROVED", "SCHEDULED", "EMBARGOED"] },
  // A translation has its own review: it can be added or redone after publication too.
  translate: { permission: "press.draft", from: ["DRAFT", "IN_REVIEW", "APPROVED", "SCHEDULED", "EMBARGOED", "PUBLISHED"] },
  submit: { permission: "press.draft", from: ["DRAFT"] },
  approve: { permission: "press.review", from: ["IN_REVIEW"] },
  requestChanges: { permission: "press.review", from: ["IN_REVIEW", "APPROVED", "SCHEDULED", "EMBARGOED"] },
  schedule: { permission: "press.publish", from: ["APPROVED", "SCHEDULED", "EMBARGOED"] },
  embargo: { permission: "press.publish", from: ["APPROVED", "SCHEDULED", "EMBARGOED"] },
  publish: { permission: "press.publish", from: ["APPROVED"] },
  withdraw: { permission: "press.withdraw", from: ["PUBLISHED", "SCHEDULED", "EMBARGOED"] },
  redraft: { permission: "press.withdraw", from: ["WITHDRAWN"] },
  approveTranslation: { permission: "press.review", from: ["DRAFT", "IN_REVIEW", "APPROVED", "SCHEDULED", "EMBARGOED", "PUBLISHED"] },
};

/** Why `actor` may not do `action` on a release in `status` (a reason key), or null. */
export function pressProblem(actor: Pick<Principal, "role">, action: PressAction, status: PressStatus): "FORBIDDEN" | "INVALID_TRANSITION" | null {
  const rule = RULES[action];
  if (!hasPermission(actor, rule.permission)) return "FORBIDDEN";
  if (!rule.from.includes(status)) return "INVALID_TRANSITION";
  return null;
}

/**
 * May `actor` take `action` on a release at all (whatever its status)? Newsroom roles act
 * on every release; creating one needs the edition only to exist. Publishing due releases
 * is Plenary's own job.
 */
export function can(actor: Pick<Principal, "role">, action: PressAction | "create" | "view" | "publishDue", _release?: { id?: string; editionId: string }): boolean {
  if (action === "publishDue") return hasPermission(actor, "system.jobs");
  if (action === "view") return hasPermission(actor, "press.view");
  if (action === "create") return hasPermission(actor, "press.draft");
  return hasPermission(actor, RULES[action].permission);
}

export function allowedPressActions(actor: Pick<Principal, "role">, status: PressStatus): PressAction[] {
  return (Object.keys(RULES) as PressAction[]).filter((a) => pressProblem(actor, a, status) === null);
}

/** Editing an approved, scheduled or embargoed release sends it back to review. */
export function statusAfterEdit(status: PressStatus): PressStatus {
  return status === "APPROVED" || status === "SCHEDULED" || status === "EMBARGOED" ? "IN_REVIEW" : status;
}
