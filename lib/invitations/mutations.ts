// Invitation writes of the organizer and of the reminder job: inviting countries and
// organizations, sending, reminding, revoking. The focal point's answers and nominations are
// in answers/mutations.ts. Each is one use case: validate, load and lock, authorize against
// the record, one transaction with its audit entry and mail.
//
// Races are settled by PostgreSQL: a bulk action locks its edition and then its rows (in
// id order), so two "send" clicks send each invitation once.
import "server-only";
import type { Tx } from "@/lib/db";
import { fail, ok, type DbRefusal } from "@/lib/errors";
import { can as canEdition } from "@/lib/editions/policy";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/messages";
import { publicUrl } from "@/lib/env";
import { enqueueMail, enqueueMails, type MailInput } from "@/lib/mail/outbox";
import { SECRET_LINK } from "@/lib/mail/secret";
import { can as hasPermission } from "@/lib/access/policy";
import { defineUseCase, lockRow } from "@/lib/use-case";
import { ACTIVE_REGISTRATION } from "@/lib/registrations/status";
import { isOver } from "@/lib/editions/status";
import type { AuditEntry } from "@/lib/audit/mutations";
import { fillFreedSeats, lockEditionSeats, type SeatEdition } from "@/lib/registrations/seats/mutations";
import { buildLetter, letterText, type LetterSource } from "./letter";
import { can } from "./policy";
import {
  addInvitationsInput, bulkInput, importFocalPointsInput, invitationIdInput, invitationSettingsInput, updateInvitationInput, type InvitationReason,
} from "./schema";
import { newToken, openToken, tokenColumns } from "@/lib/secret-token";

/** A manual reminder is not repeated within this time (a double click, two organizers). */
const MANUAL_REMINDER_GAP_MS = 60 * 60_000;

export const refuse = (reason: InvitationReason) => fail<InvitationReason>(reason);

export function refusals(r: DbRefusal) {
  if (r.kind === "unique" && r.constraint?.includes("one_head")) return refuse("HEAD_TAKEN");
  if (r.kind === "unique" && r.constraint?.includes("edition_email")) return fail<InvitationReason>("INVALID_INPUT", { email: ["emailTaken"] });
  if (r.kind === "unique" && r.constraint?.includes("acronym")) return fail<InvitationReason>("INVALID_INPUT", { acronym: ["acronymTaken"] });
  return undefined;
}

// ───────────────────────────── loading ─────────────────────────────

export const invitationWithEdition = {
  edition: { select: { id: true, number: true, status: true, theme: true, venue: true, city: true, startsAt: true, endsAt: true, timeZone: true, registrationClosesAt: true, seriesId: true, series: { select: { slug: true, name: true, hostName: true } } } },
  country: { select: { alpha3: true } },
  organization: { select: { acronym: true, names: true } },
} as const;

export async function lockInvitation(tx: Tx, id: string) {
  if (!(await lockRow(tx, "Invitation", id))) return null;
  return tx.invitation.findUniqueOrThrow({ where: { id }, include: invitationWithEdition });
}
export type LockedInvitation = NonNullable<Awaited<ReturnType<typeof lockInvitation>>>;

/** Locks the invitation's edition (seats), then the invitation: the fixed order of every seat change. */
export async function lockForSeats(tx: Tx, invitationId: string): Promise<(LockedInvitation & { seats: SeatEdition }) | null> {
  const editionId = (await tx.invitation.findUnique({ where: { id: invitationId }, select: { editionId: true } }))?.editionId;
  const seats = editionId ? await lockEditionSeats(tx, editionId) : null;
  const inv = seats ? await lockInvitation(tx, invitationId) : null;
  return inv && seats ? { ...inv, seats } : null;
}


async function lockEditionForInvitations(tx: Tx, editionId: string) {
  if (!(await lockRow(tx, "Edition", editionId))) return null;
  return tx.edition.findUniqueOrThrow({ where: { id: editionId }, select: { id: true, seriesId: true, number: true, status: true, registrationClosesAt: true } });
}

/** Locks the named rows of one edition, in id order (a fixed order: two bulk actions cannot deadlock). */
async function lockInvitations(tx: Tx, editionId: string, ids: string[]) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Invitation" WHERE id = ANY(${ids}) AND "editionId" = ${editionId} ORDER BY id FOR UPDATE`;
  return tx.invitation.findMany({ where: { id: { in: locked.map((r) => r.id) } }, include: invitationWithEdition, orderBy: { id: "asc" } });
}

export const activeDelegates = (tx: Tx, invitationId: string) => tx.registration.count({ where: { invitationId, status: { in: [...ACTIVE_REGISTRATION] } } });

/** The delegation size of each invitation, in one query. */
async function delegationSizes(tx: Tx, invitationIds: string[]): Promise<Map<string, number>> {
  const groups = await tx.registration.groupBy({ by: ["invitationId"], where: { invitationId: { in: invitationIds }, status: { in: [...ACTIVE_REGISTRATION] } }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.invitationId!, g._count._all]));
}

function letterSource(inv: LockedInvitation): LetterSource {
  return { invitation: inv, edition: inv.edition, series: inv.edition.series, alpha3: inv.country?.alpha3 ?? null };
}

const invitationLink = (locale: Locale, token: string) => `${publicUrl()}/${locale}/invitation/${token}`;
export const subjectOf = (inv: { countryCode: string | null; organization: { acronym: string } | null }) => inv.countryCode ?? inv.organization?.acronym ?? "";

// ───────────────────────────── mail ─────────────────────────────

type MailKind = "invitation" | "invitation-reminder" | "invitation-new-link";

/** The letter in its language, with the secret link sealed apart from the body. */
function invitationMail(inv: LockedInvitation, kind: MailKind, token: string, now: Date): MailInput {
  const locale = isLocale(inv.letterLocale) ? inv.letterLocale : "en";
  const link = invitationLink(locale, token);
  const letter = buildLetter(letterSource(inv), locale, SECRET_LINK, now);
  const t = translator(locale, "mail.invitation");
  const intro = kind === "invitation" ? "" : `${t(kind === "invitation-reminder" ? "reminderIntro" : "newLinkIntro")}\n\n`;
  const subject = kind === "invitation" ? letter.subject : t(kind === "invitation-reminder" ? "reminderSubject" : "newLinkSubject", { subject: letter.subject });
  return { to: inv.focalPointEmail!, subject, text: `${intro}${letterText(letter)}\n\n${t("pdfNote")}`, locale, kind, secretLink: link };
}

/** The mails of several invitations, written in one statement. */
export async function mailInvitations(tx: Tx, invitations: LockedInvitation[], kind: MailKind, now: Date) {
  const mails: MailInput[] = [];
  for (const inv of invitations) mails.push(invitationMail(inv, kind, await mailableToken(tx, inv), now));
  await enqueueMails(tx, mails);
}

/** The token to mail: the sealed one, or a fresh one when the stored link cannot be printed (sealed before a key change). */
async function mailableToken(tx: Tx, inv: LockedInvitation): Promise<string> {
  const token = openToken(inv.tokenSealed);
  if (token) return token;
  const fresh = newToken();
  await tx.invitation.update({ where: { id: inv.id }, data: tokenColumns(fresh) });
  return fresh.token;
}

// ───────────────────────────── organizer ─────────────────────────────

/** Invites one country, a regional group, everyone from the last edition, the countries never invited, or an organization. */
export const addInvitations = defineUseCase({
  name: "invitations.add",
  input: addInvitationsInput,
  allows: (actor) => hasPermission(actor, "invitations.manage"),
  load: (tx, input) => lockEditionForInvitations(tx, input.editionId),
  authorize: (actor, e) => canEdition(actor, "update", e),
  refusals,
  async run({ tx, input, record: e }) {
    if (isOver(e.status)) return refuse("EDITION_CLOSED");
    let countries: string[] = [];
    let organizations: string[] = [];
    if (input.mode === "country") {
      if (!(await tx.country.findUnique({ where: { code: input.countryCode }, select: { code: true } }))) return fail<InvitationReason>("INVALID_INPUT", { countryCode: ["invalid"] });
      countries = [input.countryCode];
    } else if (input.mode === "group") {
      countries = (await tx.country.findMany({ where: { regionalGroup: input.group }, select: { code: true } })).map((c) => c.code);
    } else if (input.mode === "organization") {
      if (!(await tx.organization.findUnique({ where: { id: input.organizationId }, select: { id: true } }))) return fail<InvitationReason>("INVALID_INPUT", { organizationId: ["invalid"] });
      organizations = [input.organizationId];
    } else if (input.mode === "lastEdition") {
      const last = await tx.edition.findFirst({ where: { seriesId: e.seriesId, number: { lt: e.number }, status: { not: "CANCELLED" } }, orderBy: { number: "desc" }, select: { id: true } });
      if (!last) return refuse("NO_EARLIER_EDITION");
      // Everyone from the last edition, with the focal point they named then.
      const invited = await tx.invitation.findMany({ where: { editionId: last.id, revokedAt: null }, select: { countryCode: true, organizationId: true, focalPointName: true, focalPointEmail: true, focalPointInstitution: true, focalPointId: true } });
      const base = { editionId: e.id, quota: input.quota, letterLocale: input.letterLocale };
      const created = await tx.invitation.createMany({
        data: invited.map((i) => ({ ...base, countryCode: i.countryCode, organizationId: i.organizationId, focalPointName: i.focalPointName, focalPointEmail: i.focalPointEmail, focalPointInstitution: i.focalPointInstitution, focalPointId: i.focalPointId, ...tokenColumns() })),
        skipDuplicates: true,
      });
      if (created.count === 0) return refuse("NOTHING_TO_ADD");
      return ok({ editionId: e.id, mode: input.mode as string, added: created.count, alreadyInvited: invited.length - created.count });
    } else {
      // Never invited to any edition of this series: the growth the seminar asks for.
      countries = (await tx.country.findMany({ where: { invitations: { none: { edition: { seriesId: e.seriesId } } } }, select: { code: true } })).map((c) => c.code);
    }
    const base = { editionId: e.id, quota: input.quota, letterLocale: input.letterLocale };
    const created = await tx.invitation.createMany({
      data: [...countries.map((countryCode) => ({ ...base, countryCode, ...tokenColumns() })), ...organizations.map((organizationId) => ({ ...base, organizationId, ...tokenColumns() }))],
      skipDuplicates: true,
    });
    if (created.count === 0) return refuse("NOTHING_TO_ADD");
    return ok({ editionId: e.id, mode: input.mode as string, added: created.count, alreadyInvited: countries.length + organizations.length - created.count });
  },
  audit: (_ctx, r) => ({ action: "invitation.add", entityType: "Edition", entityId: r.editionId, editionId: r.editionId, data: { mode: r.mode, count: r.added } }),
});

export const updateInvitation = defineUseCase({
  name: "invitations.update",
  input: updateInvitationInput,
  allows: (actor) => hasPermission(actor, "invitations.manage"),
  load: (tx, input) => lockForSeats(tx, input.id),
  authorize: (actor, inv) => can(actor, "manage", inv),
  async run({ tx, input, record: inv, now }) {
    if (input.quota < (await activeDelegates(tx, inv.id))) return fail<InvitationReason>("QUOTA_BELOW_DELEGATION", { quota: ["belowDelegation"] });
    const { id, ...data } = input;
    await tx.invitation.update({ where: { id }, data });
    // A larger delegation takes its waitlisted members first.
    const promoted = input.quota > inv.quota ? await fillFreedSeats(tx, inv.seats, now) : [];
    return ok({ id, editionId: inv.editionId, invitee: subjectOf(inv), promoted });
  },
  audit: (_ctx, r): AuditEntry[] => [{ action: "invitation.update", entityType: "Invitation", entityId: r.id, editionId: r.editionId, data: { invitee: r.invitee } }, ...r.promoted],
});

/**
 * Send, remind, set the quota or revoke, on the filtered list. Rows that do not qualify
 * (already sent, no focal point address, revoked, a quota below the delegation) are
 * skipped and counted, never half-done.
 */
export const bulkInvitations = defineUseCase({
  name: "invitations.bulk",
  input: bulkInput,
  allows: (actor) => hasPermission(actor, "invitations.manage"),
  load: (tx, input) => lockEditionForInvitations(tx, input.editionId),
  authorize: (actor, e) => canEdition(actor, "update", e),
  async run({ tx, input, record: e, now }) {
    if (input.op !== "revoke" && isOver(e.status)) return refuse("EDITION_CLOSED");
    const rows = await lockInvitations(tx, e.id, input.ids);
    // Which rows qualify, decided on the locked rows; then one statement for the mails and one for the rows.
    const delegations = input.op === "setQuota" ? await delegationSizes(tx, rows.map((r) => r.id)) : new Map<string, number>();
    const qualifies: Record<typeof input.op, (inv: LockedInvitation) => boolean> = {
      send: (inv) => inv.status === "NOT_SENT" && !inv.revokedAt && !!inv.focalPointEmail,
      remind: (inv) => inv.status === "SENT" && !inv.revokedAt && !!inv.focalPointEmail && !(inv.lastReminderAt && now.getTime() - inv.lastReminderAt.getTime() < MANUAL_REMINDER_GAP_MS),
      setQuota: (inv) => input.quota! >= (delegations.get(inv.id) ?? 0),
      revoke: (inv) => !inv.revokedAt,
    };
    const done = rows.filter(qualifies[input.op]);
    if (input.op === "send" || input.op === "remind") await mailInvitations(tx, done, input.op === "send" ? "invitation" : "invitation-reminder", now);
    const data = { send: { status: "SENT" as const, sentAt: now }, remind: { lastReminderAt: now, reminderCount: { increment: 1 } }, setQuota: { quota: input.quota }, revoke: { revokedAt: now } }[input.op];
    if (done.length) await tx.invitation.updateMany({ where: { id: { in: done.map((r) => r.id) } }, data });
    // Larger delegations take their waitlisted members first (the edition is locked already).
    const promoted = input.op === "setQuota" && done.length ? await fillFreedSeats(tx, (await lockEditionSeats(tx, e.id))!, now) : [];
    return ok({ editionId: e.id, op: input.op, done: done.length, skipped: input.ids.length - done.length, quota: input.quota ?? null, promoted });
  },
  audit: (_ctx, r): AuditEntry[] => [...(r.done ? [{ action: "invitation.bulk" as const, entityType: "Edition", entityId: r.editionId, editionId: r.editionId, data: { op: r.op, count: r.done } }] : []), ...r.promoted],
});

/** A new secret link: the old one stops working at once. A sent invitation's focal point gets the new link. */
export const regenerateLink = defineUseCase({
  name: "invitations.regenerateLink",
  input: invitationIdInput,
  allows: (actor) => hasPermission(actor, "invitations.manage"),
  load: (tx, input) => lockInvitation(tx, input.id),
  authorize: (actor, inv) => can(actor, "manage", inv),
  async run({ tx, record: inv, now }) {
    if (isOver(inv.edition.status)) return refuse("EDITION_CLOSED");
    const fresh = newToken();
    await tx.invitation.update({ where: { id: inv.id }, data: { ...tokenColumns(fresh), revokedAt: null } });
    const mailed = inv.status !== "NOT_SENT" && !!inv.focalPointEmail;
    if (mailed) await enqueueMail(tx, invitationMail(inv, "invitation-new-link", fresh.token, now));
    return ok({ id: inv.id, editionId: inv.editionId, invitee: subjectOf(inv), mailed });
  },
  audit: (_ctx, r) => ({ action: "invitation.regenerateLink", entityType: "Invitation", entityId: r.id, editionId: r.editionId, data: { invitee: r.invitee } }),
});

/** Only an invitation never sent and without a delegation can be deleted; others are revoked. */
export const deleteInvitation = defineUseCase({
  name: "invitations.delete",
  input: invitationIdInput,
  allows: (actor) => hasPermission(actor, "invitations.manage"),
  load: (tx, input) => lockInvitation(tx, input.id),
  authorize: (actor, inv) => can(actor, "manage", inv),
  async run({ tx, record: inv }) {
    if (inv.status !== "NOT_SENT") return refuse("ALREADY_SENT");
    if (await tx.registration.count({ where: { invitationId: inv.id } })) return refuse("HAS_DELEGATES");
    await tx.invitation.delete({ where: { id: inv.id } });
    return ok({ id: inv.id, editionId: inv.editionId, invitee: subjectOf(inv) });
  },
  audit: (_ctx, r) => ({ action: "invitation.delete", entityType: "Edition", entityId: r.editionId, editionId: r.editionId, data: { invitee: r.invitee } }),
});

/** Focal points pasted from a spreadsheet, matched on the invitee's code: all lines or none. */
export const importFocalPoints = defineUseCase({
  name: "invitations.importFocalPoints",
  input: importFocalPointsInput,
  allows: (actor) => hasPermission(actor, "invitations.manage"),
  load: (tx, input) => lockEditionForInvitations(tx, input.editionId),
  authorize: (actor, e) => canEdition(actor, "update", e),
  async run({ tx, input, record: e }) {
    const invitations = await tx.invitation.findMany({ where: { editionId: e.id }, select: { id: true, countryCode: true, country: { select: { alpha3: true } }, organization: { select: { acronym: true } } } });
    const byCode = new Map<string, string>();
    for (const i of invitations) {
      if (i.countryCode) byCode.set(i.countryCode, i.id);
      if (i.country) byCode.set(i.country.alpha3, i.id);
      if (i.organization) byCode.set(i.organization.acronym.toUpperCase(), i.id);
    }
    const unknown = input.lines.filter((l) => !byCode.has(l.code)).map((l) => l.code);
    if (unknown.length) return fail<InvitationReason>("UNKNOWN_INVITEES", { lines: ["unknownInvitee"] });
    for (const l of input.lines) {
      await tx.invitation.update({
        where: { id: byCode.get(l.code)! },
        data: { focalPointEmail: l.email, ...(l.name ? { focalPointName: l.name } : {}), ...(l.institution ? { focalPointInstitution: l.institution } : {}) },
      });
    }
    return ok({ editionId: e.id, count: input.lines.length });
  },
  audit: (_ctx, r) => ({ action: "invitation.importFocalPoints", entityType: "Edition", entityId: r.editionId, editionId: r.editionId, data: { count: r.count } }),
});

export const saveInvitationSettings = defineUseCase({
  name: "invitations.settings",
  input: invitationSettingsInput,
  allows: (actor) => hasPermission(actor, "invitations.manage"),
  load: (tx, input) => lockEditionForInvitations(tx, input.editionId),
  authorize: (actor, e) => canEdition(actor, "update", e),
  async run({ tx, input }) {
    await tx.edition.update({ where: { id: input.editionId }, data: { reminderAfterDays: input.reminderAfterDays, countriesPublished: input.countriesPublished } });
    return ok({ editionId: input.editionId, reminderAfterDays: input.reminderAfterDays, countriesPublished: input.countriesPublished });
  },
  audit: (_ctx, r) => ({ action: "invitation.settings", entityType: "Edition", entityId: r.editionId, editionId: r.editionId, data: { days: r.reminderAfterDays ?? 0, published: String(r.countriesPublished) } }),
});
