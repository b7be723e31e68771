import "server-only";
import { db } from "@/lib/db";
import { protocolOrder } from "@/lib/badges/data";
import type { Locale } from "@/lib/i18n/config";
import type { ParticipantFilter } from "../schema";

/** The participants of an edition, filtered, in protocol order of the given language. */
export async function listParticipants(editionId: string, f: ParticipantFilter, locale: Locale) {
  const e = await db.edition.findUnique({ where: { id: editionId }, select: { id: true, number: true, timeZone: true, series: { select: { name: true, slug: true } } } });
  if (!e) return null;
  const rows = await db.registration.findMany({
    where: {
      editionId, erasedAt: null, status: f.status, ...(f.country ? { countryCode: f.country } : {}), ...(f.role ? { delegationRole: f.role } : {}), ...(f.category ? { badgeCategory: f.category } : {}),
    },
    select: {
      id: true, honorific: true, givenName: true, familyName: true, jobTitle: true, organization: true, countryCode: true, delegationRole: true, badgeCategory: true,
      status: true, email: true, phone: true, dietaryNeeds: true, accessibilityNeeds: true, visaLetterRequested: true, visaLetterNumber: true,
    },
  });
  return { edition: e, rows: protocolOrder(rows, locale) };
}
export type Participant = NonNullable<Awaited<ReturnType<typeof listParticipants>>>["rows"][number];
