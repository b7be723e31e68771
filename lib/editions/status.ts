import type { Tone } from "@/components/ui/status-badge";
import type { EditionStatus } from "@/lib/generated/prisma/enums";

export const EDITION_STATUSES = ["DRAFT", "ANNOUNCED", "REGISTRATION_OPEN", "REGISTRATION_CLOSED", "HELD", "ARCHIVED", "CANCELLED"] as const satisfies readonly EditionStatus[];

export const EDITION_STATUS_TONE: Record<EditionStatus, Tone> = {
  DRAFT: "gray",
  ANNOUNCED: "blue",
  REGISTRATION_OPEN: "green",
  REGISTRATION_CLOSED: "amber",
  HELD: "gray",
  ARCHIVED: "gray",
  CANCELLED: "red",
};

export function isPast(status: EditionStatus): boolean {
  return status === "HELD" || status === "ARCHIVED";
}

/** Editions the public may see: everything but drafts. */
export const PUBLIC_EDITION_STATUSES: EditionStatus[] = ["ANNOUNCED", "REGISTRATION_OPEN", "REGISTRATION_CLOSED", "HELD", "ARCHIVED", "CANCELLED"];

/** Series the public may see: announced ones (a series is announced with its first edition). */
export const PUBLIC_SERIES = { announcedAt: { not: null } } as const;
