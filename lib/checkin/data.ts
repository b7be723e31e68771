import "server-only";
import { db } from "@/lib/db";
import { badgeTokenHash } from "@/lib/badges/token";
import { countryName } from "@/lib/countries/names";
import type { Locale } from "@/lib/i18n/config";
import { dayIn } from "./day";
import { CHECKIN_OPEN } from "./mutations";

/** Editions a desk can work for (registration open or closed, or being held). */
export async function listCheckInEditions() {
  return db.edition.findMany({
    where: { status: { in: [...CHECKIN_OPEN] as ("REGISTRATION_OPEN" | "REGISTRATION_CLOSED" | "HELD")[] } },
    orderBy: [{ startsAt: "asc" }],
    select: { id: true, number: true, startsAt: true, endsAt: true, timeZone: true, series: { select: { name: true } } },
  });
}

export async function getCheckInEdition(id: string) {
  return db.edition.findUnique({ where: { id }, select: { id: true, number: true, status: true, timeZone: true, series: { select: { name: true } } } });
}

/**
 * What a desk keeps in the browser for working offline: each badge's token hash, and only
 * what the desk shows — name, country, category, status — with today's arrival. No email,
 * phone, passport or needs.
 */
export async function getDeskList(editionId: string, locale: Locale, now = new Date()) {
  const e = await db.edition.findUnique({ where: { id: editionId }, select: { id: true, timeZone: true } });
  if (!e) return null;
  const day = dayIn(e.timeZone, now);
  const regs = await db.registration.findMany({
    where: { editionId, erasedAt: null, status: { in: ["APPROVED", "PENDING", "WAITLISTED", "REJECTED", "CANCELLED"] } },
    orderBy: [{ familyName: "asc" }],
    select: {
      id: true, honorific: true, givenName: true, familyName: true, countryCode: true, badgeCategory: true, status: true,
      checkIns: { where: { day: new Date(`${day}T00:00:00Z`) }, select: { scannedAt: true, desk: true } },
    },
  });
  return {
    day,
    badges: regs.map((r) => ({
      id: r.id,
      hash: badgeTokenHash(r.id),
      name: [r.honorific, r.givenName, r.familyName].filter(Boolean).join(" "),
      country: r.countryCode ? countryName(r.countryCode, locale) : "",
      countryCode: r.countryCode,
      category: r.badgeCategory,
      status: r.status,
      arrivedAt: r.checkIns[0]?.scannedAt.toISOString() ?? null,
      arrivedDesk: r.checkIns[0]?.desk ?? null,
    })),
  };
}
export type DeskList = NonNullable<Awaited<ReturnType<typeof getDeskList>>>;

/** Today's arrivals per country and in all, against the approved delegates expected. */
export async function getArrivalCounts(editionId: string, now = new Date()) {
  const e = await db.edition.findUnique({ where: { id: editionId }, select: { timeZone: true } });
  if (!e) return null;
  const day = dayIn(e.timeZone, now);
  const [arrived, expected] = await Promise.all([
    db.$queryRaw<{ countryCode: string | null; n: number }[]>`
      SELECT r."countryCode", count(*)::int AS n FROM "CheckIn" c JOIN "Registration" r ON r.id = c."registrationId"
       WHERE c."editionId" = ${editionId} AND c.day = ${day}::date GROUP BY r."countryCode"`,
    db.registration.groupBy({ by: ["countryCode"], where: { editionId, status: "APPROVED" }, _count: { _all: true } }),
  ]);
  const byCountry = new Map<string, { arrived: number; expected: number }>();
  for (const x of expected) byCountry.set(x.countryCode ?? "", { arrived: 0, expected: x._count._all });
  for (const x of arrived) byCountry.set(x.countryCode ?? "", { arrived: x.n, expected: byCountry.get(x.countryCode ?? "")?.expected ?? 0 });
  return {
    day,
    total: arrived.reduce((a, x) => a + x.n, 0),
    expected: expected.reduce((a, x) => a + x._count._all, 0),
    countries: [...byCountry.entries()].map(([code, v]) => ({ code: code || null, ...v })),
  };
}
