// Seats, quotas and the waiting list: the one place that decides who holds a seat.
//
// Every change that takes or frees a seat locks the edition's row first (then any invitation
// row, then registration rows in id order: one fixed order, so two changes cannot deadlock).
// With the edition locked, counting the seats and writing the registration happen one change
// after another, in PostgreSQL, whatever the number of app instances. Waiting-list positions
// are unique per edition (a deferred constraint) and kept without gaps: leaving the list
// moves every later position up by one in the same transaction.
//
// A seat is held by a PENDING or APPROVED registration. The edition's capacity bounds all
// seats; a quota bounds the seats of one country's (or organization's) delegation — the
// invitation's quota, else the edition's default per country; media hold a seat but no
// place in a delegation. Whoever finds no seat is waitlisted; when a seat frees, the first
// waitlisted registration that fits moves up, in the same transaction, and is told.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { enqueueMails, type MailInput } from "@/lib/mail/outbox";
import { openToken } from "@/lib/secret-token";
import type { AuditEntry } from "@/lib/audit/mutations";
import { registrationMail } from "../mail";

export const SEATED = ["PENDING", "APPROVED"] as const;

export const seatEditionSelect = {
  id: true, number: true, status: true, capacity: true, countryQuota: true, focalPointReview: true, publicRegistration: true,
  registrationOpensAt: true, registrationClosesAt: true, endsAt: true, series: { select: { name: true } },
} as const;
export type SeatEdition = Prisma.EditionGetPayload<{ select: typeof seatEditionSelect }>;

/** Locks the edition's row and reads it, in one statement: every seat change of this edition waits for this one. */
export async function lockEditionSeats(tx: Tx, editionId: string): Promise<SeatEdition | null> {
  const rows = await tx.$queryRaw<(Omit<SeatEdition, "series"> & { seriesName: Prisma.JsonValue })[]>`
    SELECT e.id, e.number, e.status::text AS status, e.capacity, e."countryQuota", e."focalPointReview", e."publicRegistration",
           e."registrationOpensAt", e."registrationClosesAt", e."endsAt", s.name AS "seriesName"
      FROM "Edition" e JOIN "Series" s ON s.id = e."seriesId"
     WHERE e.id = ${editionId}
       FOR UPDATE OF e`;
  const row = rows[0];
  if (!row) return null;
  const { seriesName, ...e } = row;
  return { ...e, series: { name: seriesName } };
}

/** What a registration's seat counts against, besides the edition's capacity. */
export interface Placement {
  countryCode: string | null;
  invitationId: string | null;
  delegationRole: string;
}

/** What decides a seat, read in one statement: seats taken, the delegation's quota and its seats taken, the list's last position. */
export interface SeatCounts {
  seated: number;
  quota: number | null;
  inDelegation: number;
  lastPosition: number;
}

/**
 * The delegation a placement counts against: its invitation's quota (by country, or by
 * invitation for an organization), else the edition's default for a country; none for media.
 * `except` leaves one registration out (its own seat, on a change).
 */
export async function seatCounts(tx: Tx, e: SeatEdition, p: Placement, except?: string): Promise<SeatCounts> {
  const media = p.delegationRole === "MEDIA";
  const not = except ?? "";
  const [row] = await tx.$queryRaw<{ seated: number; invitationQuota: number | null; inDelegation: number; lastPosition: number }[]>`
    SELECT
      (SELECT count(*)::int FROM "Registration" WHERE "editionId" = ${e.id} AND status IN ('PENDING','APPROVED') AND id <> ${not}) AS seated,
      (SELECT quota FROM "Invitation" WHERE id = ${p.invitationId ?? ""}) AS "invitationQuota",
      (SELECT count(*)::int FROM "Registration"
        WHERE "editionId" = ${e.id} AND status IN ('PENDING','APPROVED') AND "delegationRole" <> 'MEDIA' AND id <> ${not}
          AND CASE WHEN ${p.countryCode}::text IS NOT NULL THEN "countryCode" = ${p.countryCode} ELSE "invitationId" = ${p.invitationId ?? ""} END) AS "inDelegation",
      (SELECT coalesce(max("waitlistPosition"), 0)::int FROM "Registration" WHERE "editionId" = ${e.id} AND status = 'WAITLISTED') AS "lastPosition"`;
  const quota = media ? null : (row.invitationQuota ?? (p.countryCode ? e.countryQuota : null));
  return { seated: row.seated, quota, inDelegation: row.inDelegation, lastPosition: row.lastPosition };
}

/** Whether the counts leave a seat: under the edition's capacity and under the delegation's quota. */
export function hasSeat(e: Pick<SeatEdition, "capacity">, c: SeatCounts): boolean {
  return (e.capacity === null || c.seated < e.capacity) && (c.quota === null || c.inDelegation < c.quota);
}

/**
 * Whether a seat is free for this placement. Call with the edition locked (the control test
 * calls it without, and oversells). `except` leaves one registration out of the counts.
 */
export async function seatFree(tx: Tx, e: SeatEdition, p: Placement, except?: string): Promise<boolean> {
  return hasSeat(e, await seatCounts(tx, e, p, except));
}

/** The next waiting-list position of the edition. */
export async function nextWaitlistPosition(tx: Tx, editionId: string): Promise<number> {
  const r = await tx.registration.aggregate({ where: { editionId, status: "WAITLISTED" }, _max: { waitlistPosition: true } });
  return (r._max.waitlistPosition ?? 0) + 1;
}

/** Closes the gap a registration leaves on the waiting list: every later position moves up one. */
export async function closeWaitlistGap(tx: Tx, editionId: string, position: number | null): Promise<void> {
  if (position === null) return;
  await tx.$executeRaw`UPDATE "Registration" SET "waitlistPosition" = "waitlistPosition" - 1 WHERE "editionId" = ${editionId} AND "waitlistPosition" > ${position}`;
}

const waitlistedSelect = {
  id: true, countryCode: true, invitationId: true, delegationRole: true, waitlistPosition: true, email: true, locale: true, givenName: true, familyName: true,
  honorific: true, decisionReason: true, tokenSealed: true,
} as const;

/** Numbers the waiting list 1…N again, in its order (after several registrations left it at once). */
export async function renumberWaitlist(tx: Tx, editionId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Registration" r SET "waitlistPosition" = w.n
      FROM (SELECT id, row_number() OVER (ORDER BY "waitlistPosition") AS n FROM "Registration" WHERE "editionId" = ${editionId} AND status = 'WAITLISTED') w
     WHERE r.id = w.id AND r."waitlistPosition" <> w.n`;
}

/** The delegation a placement's quota counts (as seatCounts counts it): its country, else its invitation; none for media. */
function delegationOf(p: Placement): string | null {
  if (p.delegationRole === "MEDIA") return null;
  return p.countryCode ? `country:${p.countryCode}` : p.invitationId ? `invitation:${p.invitationId}` : null;
}

/**
 * Moves up waitlisted registrations, first come first served, while seats are free: each
 * becomes PENDING (the secretariat still accredits it), leaves the list (the rest move up) and
 * is emailed. One pass in list order is enough: a move only ever fills seats, so one that did
 * not fit earlier in the pass cannot fit later. The seats taken and the quotas are read once
 * (three statements, however long the list) and kept up to date as people move. Returns the
 * audit entries of the moves. Call with the edition locked.
 */
export async function fillFreedSeats(tx: Tx, e: SeatEdition, now: Date, keepWaiting: ReadonlySet<string> = new Set()): Promise<AuditEntry[]> {
  const waiting = (await tx.registration.findMany({ where: { editionId: e.id, status: "WAITLISTED" }, orderBy: { waitlistPosition: "asc" }, select: waitlistedSelect })).filter(
    (w) => !keepWaiting.has(w.id), // just put on the list by the secretariat: not moved straight back
  );
  if (waiting.length === 0) return [];
  const invitationIds = [...new Set(waiting.flatMap((w) => (w.invitationId ? [w.invitationId] : [])))];
  const [seatedRows, invitations] = await Promise.all([
    tx.registration.groupBy({ by: ["countryCode", "invitationId", "delegationRole"], where: { editionId: e.id, status: { in: [...SEATED] } }, _count: { _all: true } }),
    tx.invitation.findMany({ where: { id: { in: invitationIds } }, select: { id: true, quota: true } }),
  ]);
  let seated = 0;
  const inDelegation = new Map<string, number>();
  for (const row of seatedRows) {
    seated += row._count._all;
    const d = delegationOf(row);
    if (d) inDelegation.set(d, (inDelegation.get(d) ?? 0) + row._count._all);
  }
  const quotaOf = new Map(invitations.map((i) => [i.id, i.quota]));
  const entries: AuditEntry[] = [];
  const mails: MailInput[] = [];
  for (const w of waiting) {
    if (e.capacity !== null && seated >= e.capacity) break;
    const d = delegationOf(w);
    const quota = w.delegationRole === "MEDIA" ? null : ((w.invitationId ? quotaOf.get(w.invitationId) : undefined) ?? (w.countryCode ? e.countryQuota : null));
    if (d && quota !== null && (inDelegation.get(d) ?? 0) >= quota) continue;
    await tx.registration.update({ where: { id: w.id }, data: { status: "PENDING", waitlistPosition: null, updatedAt: now } });
    seated++;
    if (d) inDelegation.set(d, (inDelegation.get(d) ?? 0) + 1);
    mails.push(registrationMail({ ...w, waitlistPosition: null }, e, "promoted", openToken(w.tokenSealed)));
    entries.push({ action: "registration.promote", entityType: "Registration", entityId: w.id, editionId: e.id, data: { from: w.waitlistPosition } });
  }
  if (entries.length > 0) await renumberWaitlist(tx, e.id);
  await enqueueMails(tx, mails);
  return entries;
}

/** Locks the named registrations of one edition, in id order. */
export async function lockRegistrations(tx: Tx, editionId: string, ids: string[]): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Registration" WHERE id = ANY(${ids}) AND "editionId" = ${editionId} ORDER BY id FOR UPDATE`;
  return rows.map((r) => r.id);
}
