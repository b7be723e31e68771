// The edition lifecycle: draft → announced → registration open → registration closed →
// held → archived, and cancelled. Every transition is checked here and on the server.
import type { EditionStatus } from "@/lib/generated/prisma/enums";
import type { EditionReason } from "./schema";

export const TRANSITIONS: Record<EditionStatus, readonly EditionStatus[]> = {
  DRAFT: ["ANNOUNCED", "CANCELLED"],
  ANNOUNCED: ["REGISTRATION_OPEN", "DRAFT", "CANCELLED"],
  REGISTRATION_OPEN: ["REGISTRATION_CLOSED", "CANCELLED"],
  REGISTRATION_CLOSED: ["REGISTRATION_OPEN", "HELD", "CANCELLED"],
  HELD: ["ARCHIVED"],
  ARCHIVED: [],
  CANCELLED: [],
};

/** What the lifecycle needs to know of an edition. */
export interface EditionLifecycleFacts {
  status: EditionStatus;
  startsAt: Date | null;
  endsAt: Date | null;
  capacity: number | null;
}

/** Why a transition is refused (a key under `reasons.`), or null when it is allowed. */
export function transitionProblem(edition: EditionLifecycleFacts, to: EditionStatus, now: Date = new Date()): Extract<EditionReason, "INVALID_TRANSITION" | "NEEDS_DATES" | "NEEDS_DATES_AND_CAPACITY" | "NOT_STARTED_YET"> | null {
  if (!TRANSITIONS[edition.status].includes(to)) return "INVALID_TRANSITION";
  if (to === "ANNOUNCED" && (!edition.startsAt || !edition.endsAt)) return "NEEDS_DATES";
  if (to === "REGISTRATION_OPEN" && (!edition.startsAt || !edition.endsAt || edition.capacity === null)) return "NEEDS_DATES_AND_CAPACITY";
  if (to === "HELD" && edition.startsAt && edition.startsAt > now) return "NOT_STARTED_YET";
  return null;
}

export function nextStatuses(status: EditionStatus): readonly EditionStatus[] {
  return TRANSITIONS[status];
}
