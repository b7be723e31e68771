import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/access/policy";
import { PUBLIC_EDITION } from "@/lib/editions/status";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { ACTIVE_REGISTRATION } from "@/lib/registrations/status";
import { buildLetter, type LetterSource } from "./letter";
import { invitationScope } from "./policy";
import { openToken } from "@/lib/secret-token";
import { publicUrl } from "@/lib/env";
import type { ParticipationClass } from "@/lib/countries/participation";

const INVITEE = { country: { select: { code: true, alpha3: true, numeric: true, regionalGroup: true } }, organization: { select: { id: true, acronym: true, names: true } } } as const;
const DELEGATION = {
  where: { status: { in: [...ACTIVE_REGISTRATION] } },
  orderBy: [{ delegationRole: "asc" as const }, { createdAt: "asc" as const }],
  select: { id: true, honorific: true, givenName: true, familyName: true, jobTitle: true, email: true, delegationRole: true, status: true, waitlistPosition: true, confirmedAt: true },
};

/** Every invitation of an edition with its invitee and delegation; filtering and ordering happen on the page (at most a few hundred rows). */
export async function listEditionInvitations(editionId: string) {
  return db.invitation.findMany({
    where: { editionId },
    include: { ...INVITEE, registrations: DELEGATION },
    orderBy: { createdAt: "asc" },
  });
}
export type EditionInvitation = Awaited<ReturnType<typeof listEditionInvitations>>[number];

/** The edition, its invitation settings, and what the growth figure compares with. */
export async function getInvitationsOverview(editionId: string) {
  const edition = await db.edition.findUnique({
    where: { id: editionId },
    select: { id: true, number: true, status: true, theme: true, seriesId: true, reminderAfterDays: true, countriesPublished: true, registrationClosesAt: true, timeZone: true, series: { select: { name: true, slug: true } } },
  });
  if (!edition) return null;
  const [earlier, previous, organizations, countryCount] = await Promise.all([
    db.invitation.findMany({ where: { edition: { seriesId: edition.seriesId, number: { lt: edition.number } }, countryCode: { not: null } }, select: { countryCode: true }, distinct: ["countryCode"] }),
    db.edition.findFirst({ where: { seriesId: edition.seriesId, number: { lt: edition.number }, status: { not: "CANCELLED" } }, orderBy: { number: "desc" }, select: { number: true, _count: { select: { invitations: true } } } }),
    db.organization.findMany({ orderBy: { acronym: "asc" }, select: { id: true, acronym: true, names: true } }),
    db.country.count(),
  ]);
  const invitedBefore = new Set(earlier.map((i) => i.countryCode!));
  return { edition, invitedBefore, previous, organizations, countryCount };
}

/** One invitation for the organizer's page. */
export async function getInvitationForAdmin(id: string) {
  return db.invitation.findUnique({
    where: { id },
    include: {
      ...INVITEE,
      registrations: DELEGATION,
      edition: { select: { id: true, number: true, status: true, timeZone: true, series: { select: { name: true } } } },
    },
  });
}

/** What a focal point sees of an invitation: the edition's facts, the answer, the delegation. */
const FOCAL_POINT_VIEW = {
  id: true, status: true, quota: true, letterLocale: true, countryCode: true, sentAt: true, respondedAt: true, revokedAt: true, tokenHash: true,
  focalPointName: true, focalPointEmail: true, focalPointInstitution: true,
  organization: { select: { acronym: true, names: true } },
  edition: { select: { number: true, status: true, theme: true, venue: true, city: true, startsAt: true, endsAt: true, timeZone: true, registrationClosesAt: true, focalPointReview: true, series: { select: { name: true, hostName: true } } } },
  registrations: DELEGATION,
} as const;

/** One invitation as its focal point sees it (by link or account). */
export async function getInvitationForFocalPoint(id: string) {
  return db.invitation.findUnique({ where: { id }, select: FOCAL_POINT_VIEW });
}
export type FocalPointInvitation = NonNullable<Awaited<ReturnType<typeof getInvitationForFocalPoint>>>;

/** The invitations a focal point answers for: those naming them, or their country's. */
export async function listOwnInvitations(actor: Actor) {
  return db.invitation.findMany({
    where: { ...invitationScope(actor), revokedAt: null, status: { not: "NOT_SENT" }, edition: PUBLIC_EDITION },
    orderBy: { createdAt: "desc" },
    select: FOCAL_POINT_VIEW,
  });
}

/** The letter of one invitation in a language (null: the letter's own), with its link when it can be printed. */
export async function getLetter(id: string, asked: Locale | null) {
  const inv = await db.invitation.findUnique({
    where: { id },
    include: {
      country: { select: { alpha3: true } },
      organization: { select: { acronym: true, names: true } },
      edition: { include: { series: { select: { slug: true, name: true, hostName: true } } } },
    },
  });
  if (!inv) return null;
  const locale: Locale = asked ?? (isLocale(inv.letterLocale) ? inv.letterLocale : "en");
  const src: LetterSource = { invitation: inv, edition: inv.edition, series: inv.edition.series, alpha3: inv.country?.alpha3 ?? null };
  const token = inv.revokedAt ? null : openToken(inv.tokenSealed);
  return buildLetter(src, locale, token ? `${publicUrl()}/${locale}/invitation/${token}` : null);
}

/** A country's invitations across every edition: invited, answer, delegates, attended. */
export async function countryHistory(code: string) {
  const country = await db.country.findUnique({ where: { code } });
  if (!country) return null;
  const invitations = await db.invitation.findMany({
    where: { countryCode: code },
    orderBy: { edition: { startsAt: "desc" } },
    select: {
      id: true, status: true, quota: true, sentAt: true, respondedAt: true, revokedAt: true,
      edition: { select: { id: true, number: true, status: true, startsAt: true, timeZone: true, series: { select: { name: true } } } },
      registrations: { select: { status: true, checkIns: { select: { id: true }, take: 1 } } },
    },
  });
  return {
    country,
    rows: invitations.map((i) => ({
      ...i,
      delegates: i.registrations.filter((r) => r.status === "APPROVED").length,
      nominated: i.registrations.filter((r) => (ACTIVE_REGISTRATION as readonly string[]).includes(r.status)).length,
      attended: attendedOf(i.edition.status, i.registrations),
    })),
  };
}

/** Attended: someone checked in, or the edition was held with an accredited delegate of the country. */
function attendedOf(editionStatus: string, registrations: { status: string; checkIns: unknown[] }[]): boolean {
  if (registrations.some((r) => r.checkIns.length > 0)) return true;
  return (editionStatus === "HELD" || editionStatus === "ARCHIVED") && registrations.some((r) => r.status === "APPROVED");
}


/** Per edition of a series: countries invited, accepted, attended; and each country's best participation across them. */
export async function seriesParticipation(seriesId: string) {
  const editions = await db.edition.findMany({
    where: { seriesId, status: { not: "CANCELLED" } },
    orderBy: { number: "asc" },
    select: {
      id: true, number: true, status: true,
      invitations: { where: { countryCode: { not: null }, revokedAt: null }, select: { countryCode: true, status: true, registrations: { select: { status: true, checkIns: { select: { id: true }, take: 1 } } } } },
    },
  });
  const rank: Record<ParticipationClass, number> = { notInvited: 0, invited: 1, accepted: 2, attended: 3 };
  const best = new Map<string, ParticipationClass>();
  const rows = editions.map((e) => {
    let invited = 0, accepted = 0, attended = 0;
    for (const i of e.invitations) {
      const went = attendedOf(e.status, i.registrations);
      const cls: ParticipationClass = went ? "attended" : i.status === "ACCEPTED" ? "accepted" : "invited";
      invited++;
      if (i.status === "ACCEPTED" || went) accepted++;
      if (went) attended++;
      const prev = best.get(i.countryCode!);
      if (!prev || rank[cls] > rank[prev]) best.set(i.countryCode!, cls);
    }
    return { number: e.number, invited, accepted, attended };
  });
  return { rows, best };
}


/** What a route needs to authorize an invitation's letter. */
export async function invitationFacts(id: string) {
  return db.invitation.findUnique({ where: { id }, select: { id: true, editionId: true, countryCode: true, focalPointId: true, status: true, revokedAt: true } });
}

/** The invitation a secret link's hash names, with what decides whether the link still works. */
export async function findInvitationByTokenHash(tokenHash: string) {
  return db.invitation.findUnique({
    where: { tokenHash },
    select: { id: true, countryCode: true, revokedAt: true, organization: { select: { acronym: true } }, edition: { select: { status: true, endsAt: true } } },
  });
}
