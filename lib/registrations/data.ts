import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/access/policy";
import { withActorNames } from "@/lib/audit/data";
import { registrationScope } from "./policy";
import type { RegistrationFilter } from "./schema";

/** Editions with their registration counts by status, for the registrations index. */
export async function listEditionsWithRegistrations() {
  const [editions, counts] = await Promise.all([
    db.edition.findMany({ orderBy: [{ seriesId: "asc" }, { number: "desc" }], select: { id: true, number: true, status: true, capacity: true, series: { select: { name: true } } } }),
    db.registration.groupBy({ by: ["editionId", "status"], _count: { _all: true } }),
  ]);
  return editions.map((e) => ({ ...e, counts: Object.fromEntries(counts.filter((c) => c.editionId === e.id).map((c) => [c.status, c._count._all])) as Record<string, number> }));
}

/** A delegate's own registrations: scoped by the actor's id and email, never optional. */
export async function listOwnRegistrations(actor: Actor) {
  return db.registration.findMany({
    where: registrationScope(actor),
    orderBy: { createdAt: "desc" },
    include: { edition: { select: { number: true, theme: true, startsAt: true, timeZone: true, series: { select: { name: true, slug: true } } } } },
  });
}

/** The registration a personal link opens: none once erased. */
export async function findRegistrationIdByTokenHash(tokenHash: string): Promise<string | null> {
  const r = await db.registration.findUnique({ where: { tokenHash }, select: { id: true, erasedAt: true } });
  return r && !r.erasedAt ? r.id : null;
}

const editionForRegistration = {
  id: true, number: true, status: true, theme: true, startsAt: true, endsAt: true, timeZone: true, venue: true, city: true, capacity: true, countryQuota: true,
  publicRegistration: true, focalPointReview: true, registrationOpensAt: true, registrationClosesAt: true, series: { select: { name: true, slug: true, hostName: true } },
} as const;

/** The edition's public registration form: the edition and the countries to choose from. */
export async function getEditionForRegistration(seriesSlug: string, number: number) {
  return db.edition.findFirst({ where: { number, series: { slug: seriesSlug } }, select: editionForRegistration });
}

/** The edition, invitation and country a delegation's link opens (the key is verified by the caller). */
export async function getInvitationForDelegationLink(invitationId: string) {
  return db.invitation.findUnique({
    where: { id: invitationId },
    select: { id: true, countryCode: true, tokenHash: true, revokedAt: true, status: true, organization: { select: { acronym: true, names: true } }, edition: { select: editionForRegistration } },
  });
}

/** One registration as its holder sees it (their personal page). */
export async function getOwnRegistration(id: string) {
  return db.registration.findUnique({
    where: { id },
    include: {
      edition: { select: editionForRegistration }, invitation: { select: { organization: { select: { acronym: true } } } },
      visaLetters: { orderBy: { version: "desc" }, take: 1, select: { number: true, version: true } },
    },
  });
}

/** Everything held on one person, for their download (the audit trail of their record included). */
export async function exportRegistration(id: string) {
  const [r, history] = await Promise.all([
    db.registration.findUnique({
      where: { id },
      select: {
        id: true, honorific: true, givenName: true, familyName: true, jobTitle: true, organization: true, countryCode: true, delegationRole: true, badgeCategory: true, email: true,
        phone: true, accessibilityNeeds: true, dietaryNeeds: true, visaLetterRequested: true, passportNumber: true, nationality: true, passportDeletedAt: true, status: true,
        waitlistPosition: true, decisionReason: true, confirmedAt: true, consentAt: true, consentVersion: true, locale: true, createdAt: true, updatedAt: true, cancelledAt: true,
        edition: { select: { number: true, series: { select: { name: true } } } }, checkIns: { select: { day: true, at: true } },
      },
    }),
    db.auditLog.findMany({ where: { entityType: "Registration", entityId: id }, orderBy: { id: "asc" }, select: { at: true, action: true, data: true } }),
  ]);
  return r ? { registration: r, history } : null;
}

function whereOf(editionId: string, f: RegistrationFilter, focalPointReview: boolean): Prisma.RegistrationWhereInput {
  const stage: Prisma.RegistrationWhereInput | undefined =
    f.stage === "focalPoint"
      ? focalPointReview ? { status: "PENDING", invitationId: { not: null }, confirmedAt: null } : { id: "" }
      : f.stage === "secretariat"
        ? { status: "PENDING", ...(focalPointReview ? { OR: [{ invitationId: null }, { confirmedAt: { not: null } }] } : {}) }
        : undefined;
  return {
    editionId,
    ...(f.status ? { status: f.status } : {}),
    ...(f.country ? { countryCode: f.country } : {}),
    ...(f.role ? { delegationRole: f.role } : {}),
    ...(f.q ? { OR: [{ givenName: { contains: f.q, mode: "insensitive" } }, { familyName: { contains: f.q, mode: "insensitive" } }, { email: { contains: f.q.toLowerCase() } }] } : {}),
    ...(stage ? { AND: [stage] } : {}),
  };
}

export const LIST_LIMIT = 1000;

/** The edition's registrations, filtered; counts per status and per country over the whole edition. */
export async function listRegistrations(editionId: string, f: RegistrationFilter) {
  const e = await db.edition.findUnique({ where: { id: editionId }, select: { ...editionForRegistration, seriesId: true } });
  if (!e) return null;
  const [rows, byCountry] = await Promise.all([
    db.registration.findMany({
      where: whereOf(editionId, f, e.focalPointReview),
      orderBy: [{ status: "asc" }, { waitlistPosition: "asc" }, { createdAt: "asc" }],
      take: LIST_LIMIT + 1,
      select: {
        id: true, honorific: true, givenName: true, familyName: true, organization: true, countryCode: true, delegationRole: true, status: true, waitlistPosition: true,
        confirmedAt: true, invitationId: true, erasedAt: true, createdAt: true, visaLetterRequested: true,
      },
    }),
    db.registration.groupBy({ by: ["countryCode", "status"], where: { editionId }, _count: { _all: true } }),
  ]);
  const countries = new Map<string, Record<string, number>>();
  const byStatus: Record<string, number> = {};
  for (const c of byCountry) {
    byStatus[c.status] = (byStatus[c.status] ?? 0) + c._count._all;
    const key = c.countryCode ?? "";
    const m = countries.get(key) ?? {};
    m[c.status] = c._count._all;
    countries.set(key, m);
  }
  return {
    edition: e,
    rows: rows.slice(0, LIST_LIMIT),
    more: rows.length > LIST_LIMIT,
    byStatus,
    byCountry: [...countries.entries()].map(([code, counts]) => ({ code: code || null, counts })),
  };
}

/** One participant for the secretariat, with the history of every change. */
export async function getRegistrationForAdmin(id: string) {
  const r = await db.registration.findUnique({
    where: { id },
    include: {
      edition: { select: editionForRegistration }, invitation: { select: { id: true, organization: { select: { acronym: true } } } }, reviewedBy: { select: { name: true, email: true } },
      visaLetters: { orderBy: { version: "desc" }, take: 1, select: { number: true, version: true, issuedAt: true } },
    },
  });
  if (!r) return null;
  const rows = await db.auditLog.findMany({ where: { entityType: "Registration", entityId: id }, orderBy: { id: "desc" }, take: 200 });
  return { registration: r, history: await withActorNames(rows) };
}
