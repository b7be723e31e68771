import type { Tone } from "@/components/ui/status-badge";
import type { PressStatus, TranslationStatus } from "@/lib/generated/prisma/enums";

export const PRESS_STATUS_TONE: Record<PressStatus, Tone> = {
  DRAFT: "gray", IN_REVIEW: "amber", APPROVED: "blue", SCHEDULED: "blue", EMBARGOED: "amber", PUBLISHED: "green", WITHDRAWN: "red",
};
export const TRANSLATION_STATUS_TONE: Record<TranslationStatus | "MISSING", Tone> = {
  MISSING: "gray", DRAFT: "amber", OUTDATED: "red", APPROVED: "green",
};
