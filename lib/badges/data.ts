import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countryName, sortByCountryName } from "@/lib/countries/names";
import { pickLocalized, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/messages";
import type { BadgePerson } from "./badge-html";

const PERSON = { id: true, honorific: true, givenName: true, familyName: true, countryCode: true, badgeCategory: true, organization: true, delegationRole: true, status: true } as const;
type Row = Prisma.RegistrationGetPayload<{ select: typeof PERSON }>;

/** Roles in protocol order within a delegation. */
export const ROLE_ORDER = ["HEAD", "MEMBER", "ADVISER", "OBSERVER", "MEDIA"];

/** Protocol order: by country name in the protocol language, the head first, then by family name. */
export function protocolOrder<T extends { countryCode: string | null; delegationRole: string; familyName: string }>(rows: T[], locale: Locale): T[] {
  const byCountry = sortByCountryName(rows, (r) => r.countryCode ?? "ZZ", locale);
  const rank = new Map(byCountry.map((r, i) => [r, i]));
  const collator = new Intl.Collator(locale);
  return [...rows].sort((a, b) => {
    if (a.countryCode !== b.countryCode) return rank.get(a)! - rank.get(b)!;
    return ROLE_ORDER.indexOf(a.delegationRole) - ROLE_ORDER.indexOf(b.delegationRole) || collator.compare(a.familyName, b.familyName);
  });
}

const toPerson = (r: Row, locale: Locale): BadgePerson => ({
  id: r.id, honorific: r.honorific, givenName: r.givenName, familyName: r.familyName, country: r.countryCode ? countryName(r.countryCode, locale) : "",
  category: r.badgeCategory, organization: r.organization,
});

async function editionTitle(editionId: string, locale: Locale): Promise<string> {
  const e = await db.edition.findUniqueOrThrow({ where: { id: editionId }, select: { number: true, series: { select: { name: true } } } });
  return translator(locale, "edition")("title", { number: e.number, name: pickLocalized(e.series.name, locale) });
}

/** One approved delegate's badge, in the given language (the delegate's own, by default). */
export async function getBadge(registrationId: string, asked?: Locale) {
  const r = await db.registration.findUnique({ where: { id: registrationId }, select: { ...PERSON, editionId: true, locale: true, erasedAt: true } });
  if (!r || r.status !== "APPROVED" || r.erasedAt) return null;
  const locale = asked ?? ((["ar", "en", "es", "fr", "ru", "zh"] as const).find((l) => l === r.locale) ?? "en");
  return { locale, edition: await editionTitle(r.editionId, locale), people: [toPerson(r, locale)] };
}

/** Every approved delegate of an edition (optionally of one country), in protocol order. */
export async function getEditionBadges(editionId: string, locale: Locale, filter: { country?: string; category?: string } = {}) {
  const e = await db.edition.findUnique({ where: { id: editionId }, select: { id: true } });
  if (!e) return null;
  const rows = await db.registration.findMany({
    where: { editionId, status: "APPROVED", erasedAt: null, ...(filter.country ? { countryCode: filter.country } : {}), ...(filter.category ? { badgeCategory: filter.category as never } : {}) },
    select: PERSON,
  });
  return { locale, edition: await editionTitle(editionId, locale), people: protocolOrder(rows, locale).map((r) => toPerson(r, locale)) };
}
