import type { PressStatus, TranslationStatus } from "@/lib/generated/prisma/enums";

export const PRESS_STATUS_TONE: Record<PressStatus, "green" | "amber" | "red" | "blue" | "gray"> = {
  DRAFT: "gray", IN_REVIEW: "amber", APPROVED: "blue", SCHEDULED: "blue", EMBARGOED: "amber", PUBLISHED: "green", WITHDRAWN: "red",
};
export const TRANSLATION_STATUS_TONE: Record<TranslationStatus | "MISSING", "green" | "amber" | "red" | "blue" | "gray"> = {
  MISSING: "gray", DRAFT: "amber", OUTDATED: "red", APPROVED: "green",
};
