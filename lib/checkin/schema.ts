// What a check-in desk may send: arrivals, one by one while online or in a batch when the
// network is back. Each scan carries the desk's own id for it (clientRef), so a batch sent
// twice records each arrival once.
import { z } from "zod";
import { reasons } from "@/lib/errors";

/** The most arrivals one sync may carry (a desk offline for a morning). */
export const MAX_SYNC = 500;

export const arrivalItem = z.object({
  clientRef: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, "invalid"),
  /** A badge's token (scanned) or a registration's id (found by search). */
  token: z.string().trim().max(80, "invalid").optional(),
  registrationId: z.string().trim().max(40, "invalid").optional(),
  method: z.enum(["QR", "SEARCH"], "invalid"),
  scannedAt: z.coerce.date("invalid"),
});
export type ArrivalItem = z.infer<typeof arrivalItem>;

export const recordArrivalsInput = z.object({
  editionId: z.string().trim().min(1, "required").max(40, "invalid"),
  desk: z.string().trim().max(40, "tooLong").regex(/^[^<>\u0000-\u001f]*$/, "invalid").transform((v) => v || null),
  items: z.preprocess((v) => (typeof v === "string" ? JSON.parse(v) : v), z.array(arrivalItem).min(1, "required").max(MAX_SYNC, "tooMany")),
});

/** What became of one arrival: recorded now, already recorded today (with when and where), or refused and why. */
export const ARRIVAL_OUTCOMES = ["recorded", "already", "unknown", "notApproved", "otherEdition"] as const;
export type ArrivalOutcome = (typeof ARRIVAL_OUTCOMES)[number];

export const CHECKIN_REASONS = reasons(["EDITION_NOT_OPEN"] as const);
export type CheckInReason = (typeof CHECKIN_REASONS)[number];
