// The newsroom's workflow: who may move a release from which status to which.
// Nothing goes out before a reviewer approves it and before its time.
import type { PressStatus } from "@/lib/generated/prisma/enums";
import { can, type Actor, type Permission } from "@/lib/access/policy";

export type PressAction = "edit" | "submit" | "approve" | "requestChanges" | "schedule" | "embargo" | "publish" | "withdraw" | "approveTranslation";

const RULES: Record<PressAction, { permission: Permission; from: readonly PressStatus[] }> = {
  edit: { permission: "press.draft", from: ["DRAFT", "IN_REVIEW", "APPROVED", "SCHEDULED", "EMBARGOED"] },
  submit: { permission: "press.draft", from: ["DRAFT"] },
  approve: { permission: "press.review", from: ["IN_REVIEW"] },
  requestChanges: { permission: "press.review", from: ["IN_REVIEW", "APPROVED", "SCHEDULED", "EMBARGOED"] },
  schedule: { permission: "press.publish", from: ["APPROVED", "SCHEDULED", "EMBARGOED"] },
  embargo: { permission: "press.publish", from: ["APPROVED", "SCHEDULED", "EMBARGOED"] },
  publish: { permission: "press.publish", from: ["APPROVED"] },
  withdraw: { permission: "press.withdraw", from: ["PUBLISHED", "SCHEDULED", "EMBARGOED"] },
  approveTranslation: { permission: "press.review", from: ["DRAFT", "IN_REVIEW", "APPROVED", "SCHEDULED", "EMBARGOED", "PUBLISHED"] },
};

/** Why `actor` may not do `action` on a release in `status` (a reason key), or null. */
export function pressProblem(actor: Pick<Actor, "role">, action: PressAction, status: PressStatus): "FORBIDDEN" | "INVALID_TRANSITION" | null {
  const rule = RULES[action];
  if (!can(actor, rule.permission)) return "FORBIDDEN";
  if (!rule.from.includes(status)) return "INVALID_TRANSITION";
  return null;
}

export function allowedPressActions(actor: Pick<Actor, "role">, status: PressStatus): PressAction[] {
  return (Object.keys(RULES) as PressAction[]).filter((a) => pressProblem(actor, a, status) === null);
}

/** Editing an approved, scheduled or embargoed release sends it back to review. */
export function statusAfterEdit(status: PressStatus): PressStatus {
  return status === "APPROVED" || status === "SCHEDULED" || status === "EMBARGOED" ? "IN_REVIEW" : status;
}
