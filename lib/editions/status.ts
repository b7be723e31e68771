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

/** An edition in these statuses is over (or called off): no more invitations, answers, registrations or changes to them. */
export function isOver(status: string): boolean {
  return status === "HELD" || status === "ARCHIVED" || status === "CANCELLED";
}

export function isPast(status: EditionStatus): boolean {
  return status === "HELD" || status === "ARCHIVED";
}

/** Statuses the public may see, but for cancelled (public only if it was ever announced: PUBLIC_EDITION). */
const LIVE_PUBLIC_STATUSES: EditionStatus[] = ["ANNOUNCED", "REGISTRATION_OPEN", "REGISTRATION_CLOSED", "HELD", "ARCHIVED"];

/**
 * The `where` of editions the public may see: announced or later, and cancelled ones that
 * had been announced — a draft cancelled before anyone saw it stays out of every page,
 * feed, calendar and the sitemap.
 */
export const PUBLIC_EDITION = {
  OR: [{ status: { in: LIVE_PUBLIC_STATUSES } }, { status: "CANCELLED" as const, announcedAt: { not: null } }],
};

/** Series the public may see: announced ones (a series is announced with its first edition). */
export const PUBLIC_SERIES = { announcedAt: { not: null } } as const;
