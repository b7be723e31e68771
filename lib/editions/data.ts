import "server-only";
import { withActorNames } from "@/lib/audit/data";
import { db } from "@/lib/db";
import { cachedPublic } from "@/lib/public-cache";
import { PUBLIC_EDITION } from "@/lib/editions/status";
import { utcToZonedLocal, zonedLocalToUtc } from "@/lib/i18n/time-zones";
import { nextOccurrence } from "@/lib/series/recurrence";

export async function listEditionsForAdmin() {
  return db.edition.findMany({
    orderBy: [{ series: { slug: "asc" } }, { number: "desc" }],
    include: {
      series: { select: { id: true, slug: true, name: true } },
      _count: { select: { invitations: true, registrations: true } },
    },
  });
}

export async function getEditionForAdmin(id: string) {
  return db.edition.findUnique({
    where: { id },
    include: {
      series: true,
      sessions: { orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }], include: { speakers: { include: { speaker: true }, orderBy: { sortOrder: "asc" } } } },
      _count: { select: { invitations: true, registrations: true } },
    },
  });
}

/** What an edition's history can be narrowed to: its own events, the programme, the newsroom, invitations. */
export const HISTORY_KINDS = ["edition", "programme", "press", "invitations"] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];
const HISTORY_PREFIXES: Record<HistoryKind, string[]> = { edition: ["edition."], programme: ["session."], press: ["press."], invitations: ["invitation.", "organization."] };
export const HISTORY_PAGE = 25;

/**
 * An edition's history, newest first, a page at a time (`before`: the id of the last entry
 * shown), narrowed to one kind of event: a busy newsroom no longer pushes the edition's own
 * events off the page. `more` says whether older entries exist.
 */
export async function getAuditTrail(editionId: string, opts: { entityIds?: string[]; kind?: HistoryKind; before?: bigint } = {}) {
  const rows = await db.auditLog.findMany({
    where: {
      editionId,
      ...(opts.entityIds ? { entityId: { in: opts.entityIds } } : {}),
      ...(opts.kind ? { OR: HISTORY_PREFIXES[opts.kind].map((p) => ({ action: { startsWith: p } })) } : {}),
      ...(opts.before ? { id: { lt: opts.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: (opts.entityIds ? 100 : HISTORY_PAGE) + 1,
  });
  const limit = opts.entityIds ? 100 : HISTORY_PAGE;
  return Object.assign(await withActorNames(rows.slice(0, limit)), { more: rows.length > limit });
}

/** Form values for the next edition: the next date of the series' recurrence, and the rest copied. */
export async function proposeNextEdition(fromEditionId: string) {
  const source = await db.edition.findUnique({
    where: { id: fromEditionId },
    include: { series: true, _count: { select: { invitations: true, sessions: true } } },
  });
  if (!source) return null;
  const last = await db.edition.aggregate({ where: { seriesId: source.seriesId }, _max: { number: true } });
  // Planning from an edition that already has a successor would propose the successor's dates again.
  const later = await db.edition.findFirst({ where: { seriesId: source.seriesId, number: { gt: source.number }, status: { not: "CANCELLED" } }, orderBy: { number: "desc" }, select: { id: true, number: true } });
  const tz = source.timeZone;
  let startsAt: Date | null = null;
  let shift = 0;
  if (source.startsAt) {
    const [date, time] = utcToZonedLocal(source.startsAt, tz).split("T");
    const [year, month, day] = date.split("-").map(Number);
    const next = nextOccurrence(source.series, { year, month, day });
    const p = (n: number) => String(n).padStart(2, "0");
    startsAt = zonedLocalToUtc(`${next.year}-${p(next.month)}-${p(next.day)}T${time}`, tz);
    shift = startsAt.getTime() - source.startsAt.getTime();
  }
  const moved = (d: Date | null) => (d && startsAt ? utcToZonedLocal(new Date(d.getTime() + shift), tz) : "");
  return {
    source: { id: source.id, number: source.number, invitations: source._count.invitations, sessions: source._count.sessions },
    later,
    series: source.series,
    values: {
      seriesId: source.seriesId,
      number: (last._max.number ?? source.number) + 1,
      theme: source.theme as Record<string, string>,
      venue: (source.venue ?? {}) as Record<string, string>,
      city: source.city ?? "",
      timeZone: tz,
      startsAt: moved(source.startsAt),
      endsAt: moved(source.endsAt),
      capacity: source.capacity,
      registrationOpensAt: moved(source.registrationOpensAt),
      registrationClosesAt: moved(source.registrationClosesAt),
    },
  };
}

/** The organizer dashboard: the next edition to come and its figures, and past editions. */
export async function getDashboard(now = new Date()) {
  const [upcoming, past] = await Promise.all([
    db.edition.findFirst({
      where: { status: { notIn: ["HELD", "ARCHIVED", "CANCELLED"] } },
      orderBy: [{ startsAt: "asc" }, { number: "asc" }],
      include: { series: { select: { slug: true, name: true } } },
    }),
    db.edition.findMany({
      where: { status: { in: ["HELD", "ARCHIVED"] } },
      orderBy: { startsAt: "desc" },
      take: 10,
      include: {
        series: { select: { slug: true, name: true } },
        _count: { select: { invitations: { where: { status: "ACCEPTED" } }, registrations: { where: { status: "APPROVED" } } } },
      },
    }),
  ]);
  if (!upcoming) return { upcoming: null, past, now };
  const [byStatus, invitations] = await Promise.all([
    db.registration.groupBy({ by: ["status"], where: { editionId: upcoming.id }, _count: { _all: true } }),
    db.invitation.groupBy({ by: ["status"], where: { editionId: upcoming.id }, _count: { _all: true } }),
  ]);
  return {
    now,
    past,
    upcoming,
    registrations: Object.fromEntries(byStatus.map((r) => [r.status, r._count._all])) as Record<string, number>,
    invitations: Object.fromEntries(invitations.map((r) => [r.status, r._count._all])) as Record<string, number>,
  };
}


async function loadPublicEdition(slug: string, number: number) {
  const e = await db.edition.findFirst({
    where: { number, series: { slug }, ...PUBLIC_EDITION },
    include: {
      series: { select: { slug: true, name: true, hostName: true, hostUrl: true } },
      sessions: {
        orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }],
        include: { speakers: { orderBy: { sortOrder: "asc" }, include: { speaker: { select: { name: true, honorific: true, position: true, affiliation: true } } } } },
      },
      invitations: { where: { status: "ACCEPTED", revokedAt: null }, select: { countryCode: true, organization: { select: { acronym: true, names: true } } } },
    },
  });
  if (!e) return null;
  const { invitations, ...rest } = e;
  // Participating countries and organizations are public only once the organizer publishes them.
  const shown = e.countriesPublished ? invitations : [];
  return {
    ...rest,
    countries: shown.flatMap((i) => (i.countryCode ? [i.countryCode] : [])),
    organizations: shown.flatMap((i) => (i.organization ? [i.organization] : [])),
  };
}

/** A public edition page's data, cached and invalidated when an organizer changes it. */
export const getPublicEdition = cachedPublic(loadPublicEdition, "public-edition");
