// Invitation writes: inviting countries and organizations, sending, reminding, revoking,
// and the focal point's answer and nominations. Each is one use case: validate, load and
// lock, authorize against the record, one transaction with its audit entry and mail.
//
// Races are settled by PostgreSQL: a bulk action locks its edition and then its rows (in
// id order), so two "send" clicks send each invitation once; a nomination locks its
// invitation row before counting the delegation, so concurrent nominations never exceed the
// quota, and the partial unique index Registration_one_head_per_invitation refuses a second
// head even if a path forgot the lock.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import { fail, ok, type DbRefusal } from "@/lib/errors";
import { can as canEdition } from "@/lib/editions/policy";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/messages";
import { publicUrl } from "@/lib/env";
import { enqueueMail } from "@/lib/mail/outbox";
import { SECRET_LINK } from "@/lib/mail/secret";
import { can as hasPermission, isLinkHolder, type Principal } from "@/lib/access/policy";
import { defineUseCase, lockRow, nothingToLoad } from "@/lib/use-case";
import { buildLetter, letterText, type LetterSource } from "./letter";
import { can, mayAnswer } from "./policy";
import {
  addInvitationsInput, bulkInput, focalPointInput, importFocalPointsInput, invitationIdInput, invitationSettingsInput, nominateInput, organizationInput,
  respondInput, updateInvitationInput, withdrawNomineeInput, type InvitationReason,
} from "./schema";
import { newInvitationToken, openInvitationToken, tokenColumns } from "./token";

/** The version of the privacy notice a focal point confirms when nominating. */
export const PRIVACY_NOTICE_VERSION = "2026-12";
/** Statuses in which a registration holds a place in its delegation. */
export const ACTIVE_REGISTRATION = ["PENDING", "APPROVED", "WAITLISTED"] as const;
/** Editions past these statuses take no new invitations and no answers. */
const CLOSED_EDITION = new Set(["HELD", "ARCHIVED", "CANCELLED"]);
/** A manual reminder is not repeated within this time (a double click, two organizers). */
const MANUAL_REMINDER_GAP_MS = 60 * 60_000;

const refuse = (reason: InvitationReason) => fail<InvitationReason>(reason);

function refusals(r: DbRefusal) {
  if (r.kind === "unique" && r.constraint?.includes("one_head")) return refuse("HEAD_TAKEN");
  if (r.kind === "unique" && r.constraint?.includes("edition_email")) return fail<InvitationReason>("INVALID_INPUT", { email: ["emailTaken"] });
  if (r.kind === "unique" && r.constraint?.includes("acronym")) return fail<InvitationReason>("INVALID_INPUT", { acronym: ["acronymTaken"] });
  return undefined;
}

// ───────────────────────────── loading ─────────────────────────────

const invitationWithEdition = {
  edition: { select: { id: true, number: true, status: true, theme: true, venue: true, city: true, startsAt: true, endsAt: true, timeZone: true, registrationClosesAt: true, seriesId: true, series: { select: { slug: true, name: true, hostName: true } } } },
  country: { select: { alpha3: true } },
  organization: { select: { acronym: true, names: true } },
} as const;

async function lockInvitation(tx: Tx, id: string) {
  if (!(await lockRow(tx, "Invitation", id))) return null;
  return tx.invitation.findUniqueOrThrow({ where: { id }, include: invitationWithEdition });
}
type LockedInvitation = NonNullable<Awaited<ReturnType<typeof lockInvitation>>>;

async function lockEditionForInvitations(tx: Tx, editionId: string) {
  if (!(await lockRow(tx, "Edition", editionId))) return null;
  return tx.edition.findUniqueOrThrow({ where: { id: editionId }, select: { id: true, seriesId: true, number: true, status: true, registrationClosesAt: true } });
}

/** Locks the named rows of one edition, in id order (a fixed order: two bulk actions cannot deadlock). */
async function lockInvitations(tx: Tx, editionId: string, ids: string[]) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Invitation" WHERE id = ANY(${ids}) AND "editionId" = ${editionId} ORDER BY id FOR UPDATE`;
  return tx.invitation.findMany({ where: { id: { in: locked.map((r) => r.id) } }, include: invitationWithEdition, orderBy: { id: "asc" } });
}

const activeDelegates = (tx: Tx, invitationId: string) => tx.registration.count({ where: { invitationId, status: { in: [...ACTIVE_REGISTRATION] } } });

function letterSource(inv: LockedInvitation): LetterSource {
  return { invitation: inv, edition: inv.edition, series: inv.edition.series, alpha3: inv.country?.alpha3 ?? null };
}

const invitationLink = (locale: Locale, token: string) => `${publicUrl()}/${locale}/invitation/${token}`;
const subjectOf = (inv: { countryCode: string | null; organization: { acronym: string } | null }) => inv.countryCode ?? inv.organization?.acronym ?? "";

// ───────────────────────────── mail ─────────────────────────────

type MailKind = "invitation" | "invitation-reminder" | "invitation-new-link";

/** The letter in its language, with the secret link sealed apart from the body. */
async function mailInvitation(tx: Tx, inv: LockedInvitation, kind: MailKind, token: string, now: Date) {
  const locale = isLocale(inv.letterLocale) ? inv.letterLocale : "en";
  const link = invitationLink(locale, token);
  const letter = buildLetter(letterSource(inv), locale, SECRET_LINK, now);
  const t = translator(locale, "mail.invitation");
  const intro = kind === "invitation" ? "" : `${t(kind === "invitation-reminder" ? "reminderIntro" : "newLinkIntro")}\n\n`;
  const subject = kind === "invitation" ? letter.subject : t(kind === "invitation-reminder" ? "reminderSubject" : "newLinkSubject", { subject: letter.subject });
  await enqueueMail(tx, { to: inv.focalPointEmail!, subject, text: `${intro}${letterText(letter)}\n\n${t("pdfNote")}`, locale, kind, secretLink: link });
}

/** The token to mail: the sealed one, or a fresh one when the stored link cannot be printed (sealed before a key change). */
async function mailableToken(tx: Tx, inv: LockedInvitation): Promise<string> {
  const token = openInvitationToken(inv.tokenSealed);
  if (token) return token;
  const fresh = newInvitationToken();
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
    if (CLOSED_EDITION.has(e.status)) return refuse("EDITION_CLOSED");
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
  load: (tx, input) => lockInvitation(tx, input.id),
  authorize: (actor, inv) => can(actor, "manage", inv),
  async run({ tx, input, record: inv }) {
    if (input.quota < (await activeDelegates(tx, inv.id))) return fail<InvitationReason>("QUOTA_BELOW_DELEGATION", { quota: ["belowDelegation"] });
    const { id, ...data } = input;
    await tx.invitation.update({ where: { id }, data });
    return ok({ id, editionId: inv.editionId, invitee: subjectOf(inv) });
  },
  audit: (_ctx, r) => ({ action: "invitation.update", entityType: "Invitation", entityId: r.id, editionId: r.editionId, data: { invitee: r.invitee } }),
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
    if (input.op !== "revoke" && CLOSED_EDITION.has(e.status)) return refuse("EDITION_CLOSED");
    const rows = await lockInvitations(tx, e.id, input.ids);
    const done: string[] = [];
    for (const inv of rows) {
      if (input.op === "send") {
        if (inv.status !== "NOT_SENT" || inv.revokedAt || !inv.focalPointEmail) continue;
        await mailInvitation(tx, inv, "invitation", await mailableToken(tx, inv), now);
        await tx.invitation.update({ where: { id: inv.id }, data: { status: "SENT", sentAt: now } });
      } else if (input.op === "remind") {
        if (inv.status !== "SENT" || inv.revokedAt || !inv.focalPointEmail) continue;
        if (inv.lastReminderAt && now.getTime() - inv.lastReminderAt.getTime() < MANUAL_REMINDER_GAP_MS) continue;
        await mailInvitation(tx, inv, "invitation-reminder", await mailableToken(tx, inv), now);
        await tx.invitation.update({ where: { id: inv.id }, data: { lastReminderAt: now, reminderCount: { increment: 1 } } });
      } else if (input.op === "setQuota") {
        if (input.quota! < (await activeDelegates(tx, inv.id))) continue;
        await tx.invitation.update({ where: { id: inv.id }, data: { quota: input.quota } });
      } else {
        if (inv.revokedAt) continue;
        await tx.invitation.update({ where: { id: inv.id }, data: { revokedAt: now } });
      }
      done.push(inv.id);
    }
    return ok({ editionId: e.id, op: input.op, done: done.length, skipped: input.ids.length - done.length, quota: input.quota ?? null });
  },
  audit: (_ctx, r) => (r.done ? { action: "invitation.bulk", entityType: "Edition", entityId: r.editionId, editionId: r.editionId, data: { op: r.op, count: r.done } } : null),
});

/** A new secret link: the old one stops working at once. A sent invitation's focal point gets the new link. */
export const regenerateLink = defineUseCase({
  name: "invitations.regenerateLink",
  input: invitationIdInput,
  allows: (actor) => hasPermission(actor, "invitations.manage"),
  load: (tx, input) => lockInvitation(tx, input.id),
  authorize: (actor, inv) => can(actor, "manage", inv),
  async run({ tx, record: inv, now }) {
    if (CLOSED_EDITION.has(inv.edition.status)) return refuse("EDITION_CLOSED");
    const fresh = newInvitationToken();
    await tx.invitation.update({ where: { id: inv.id }, data: { ...tokenColumns(fresh), revokedAt: null } });
    const mailed = inv.status !== "NOT_SENT" && !!inv.focalPointEmail;
    if (mailed) await mailInvitation(tx, inv, "invitation-new-link", fresh.token, now);
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

export const createOrganization = defineUseCase({
  name: "organizations.create",
  input: organizationInput,
  allows: (actor) => hasPermission(actor, "invitations.manage"),
  load: nothingToLoad,
  authorize: (actor) => hasPermission(actor, "invitations.manage"),
  refusals,
  async run({ tx, input }) {
    const o = await tx.organization.create({ data: { acronym: input.acronym, names: input.names } });
    return ok({ id: o.id, acronym: o.acronym });
  },
  audit: (_ctx, r) => ({ action: "organization.create", entityType: "Organization", entityId: r.id, data: { acronym: r.acronym } }),
});

// ───────────────────────────── the focal point: secret link or account ─────────────────────────────

/** The answer is open while the edition is: never after it is held, archived or cancelled, nor on a revoked link. */
function answerProblem(inv: LockedInvitation): InvitationReason | null {
  if (inv.revokedAt) return "INVITATION_REVOKED";
  if (CLOSED_EDITION.has(inv.edition.status)) return "ANSWER_CLOSED";
  return null;
}

const answeredBy = (actor: Principal) => (isLinkHolder(actor) ? "link" : "account");

export const respondToInvitation = defineUseCase({
  name: "invitations.respond",
  input: respondInput,
  allows: mayAnswer,
  load: (tx, input) => lockInvitation(tx, input.id),
  authorize: (actor, inv) => can(actor, "respond", inv),
  async run({ tx, input, record: inv, now, actor }) {
    const problem = answerProblem(inv);
    if (problem) return refuse(problem);
    if (input.answer === "DECLINED" && (await activeDelegates(tx, inv.id))) return refuse("HAS_DELEGATES");
    await tx.invitation.update({ where: { id: inv.id }, data: { status: input.answer, respondedAt: now, sentAt: inv.sentAt ?? now } });
    return ok({ id: inv.id, editionId: inv.editionId, invitee: subjectOf(inv), answer: input.answer, by: answeredBy(actor) });
  },
  audit: (_ctx, r) => ({ action: "invitation.respond", entityType: "Invitation", entityId: r.id, editionId: r.editionId, data: { invitee: r.invitee, answer: r.answer, by: r.by } }),
});

export const confirmFocalPoint = defineUseCase({
  name: "invitations.focalPoint",
  input: focalPointInput,
  allows: mayAnswer,
  load: (tx, input) => lockInvitation(tx, input.id),
  authorize: (actor, inv) => can(actor, "respond", inv),
  async run({ tx, input, record: inv, actor }) {
    const problem = answerProblem(inv);
    if (problem) return refuse(problem);
    const { id, ...data } = input;
    await tx.invitation.update({ where: { id }, data });
    return ok({ id, editionId: inv.editionId, invitee: subjectOf(inv), by: answeredBy(actor) });
  },
  audit: (_ctx, r) => ({ action: "invitation.focalPoint", entityType: "Invitation", entityId: r.id, editionId: r.editionId, data: { invitee: r.invitee, by: r.by } }),
});

/**
 * Names one member of the delegation. The invitation row is locked before the delegation
 * is counted, so concurrent nominations are counted one after another: never past the
 * quota, never two heads.
 */
export const nominateDelegate = defineUseCase({
  name: "invitations.nominate",
  input: nominateInput,
  allows: mayAnswer,
  load: (tx, input) => lockInvitation(tx, input.invitationId),
  authorize: (actor, inv) => can(actor, "nominate", inv),
  refusals,
  async run({ tx, input, record: inv, now, actor }) {
    const problem = answerProblem(inv);
    if (problem) return refuse(problem);
    if (inv.status !== "ACCEPTED") return refuse("NOT_ACCEPTED");
    const delegation = await tx.registration.findMany({ where: { invitationId: inv.id, status: { in: [...ACTIVE_REGISTRATION] } }, select: { delegationRole: true } });
    if (delegation.length >= inv.quota) return refuse("QUOTA_FULL");
    if (input.delegationRole === "HEAD" && delegation.some((d) => d.delegationRole === "HEAD")) return refuse("HEAD_TAKEN");
    const r = await tx.registration.create({
      data: {
        editionId: inv.editionId, countryCode: inv.countryCode, invitationId: inv.id, honorific: input.honorific, givenName: input.givenName, familyName: input.familyName,
        jobTitle: input.jobTitle, organization: inv.focalPointInstitution, email: input.email, delegationRole: input.delegationRole, badgeCategory: "DELEGATE",
        status: "PENDING", consentAt: now, consentVersion: PRIVACY_NOTICE_VERSION, locale: input.locale, token: randomBytes(32).toString("base64url"),
      },
      select: { id: true },
    });
    return ok({ id: r.id, invitationId: inv.id, editionId: inv.editionId, invitee: subjectOf(inv), role: input.delegationRole, by: answeredBy(actor) });
  },
  audit: (_ctx, r) => ({ action: "invitation.nominate", entityType: "Registration", entityId: r.id, editionId: r.editionId, data: { invitee: r.invitee, role: r.role, by: r.by } }),
});

/** Takes a nominee off the delegation (a mistake, a change of plan): the place is free again. */
export const withdrawNominee = defineUseCase({
  name: "invitations.withdrawNominee",
  input: withdrawNomineeInput,
  allows: mayAnswer,
  load: async (tx, input) => {
    const inv = await lockInvitation(tx, input.invitationId);
    if (!inv || !(await lockRow(tx, "Registration", input.registrationId))) return null;
    const reg = await tx.registration.findUniqueOrThrow({ where: { id: input.registrationId }, select: { id: true, invitationId: true, status: true } });
    return reg.invitationId === inv.id ? { ...inv, registration: reg } : null;
  },
  authorize: (actor, inv) => can(actor, "nominate", inv),
  async run({ tx, record: inv, now, actor }) {
    const problem = answerProblem(inv);
    if (problem) return refuse(problem);
    if (!(ACTIVE_REGISTRATION as readonly string[]).includes(inv.registration.status)) return fail<InvitationReason>("CONFLICT");
    await tx.registration.update({ where: { id: inv.registration.id }, data: { status: "CANCELLED", cancelledAt: now, waitlistPosition: null } });
    return ok({ id: inv.registration.id, editionId: inv.editionId, invitee: subjectOf(inv), by: answeredBy(actor) });
  },
  audit: (_ctx, r) => ({ action: "invitation.withdrawNominee", entityType: "Registration", entityId: r.id, editionId: r.editionId, data: { invitee: r.invitee, by: r.by } }),
});

// ───────────────────────────── the reminder job ─────────────────────────────

/**
 * Reminds focal points who have not answered after the edition's number of days, and again
 * each interval. Each row is claimed by a conditional UPDATE on lastReminderAt (… AND
 * "lastReminderAt" IS NULL OR older than the interval), so two workers never remind the
 * same invitation twice within the interval. Then marks "no answer" where the registration
 * window has closed.
 */
export const sendDueReminders = defineUseCase({
  name: "invitations.remindDue",
  input: invitationIdInput.partial(),
  allows: (actor) => hasPermission(actor, "system.jobs"),
  load: nothingToLoad,
  authorize: (actor) => hasPermission(actor, "system.jobs"),
  async run({ tx, now }) {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Invitation" i SET "lastReminderAt" = ${now}, "reminderCount" = i."reminderCount" + 1, "updatedAt" = ${now}
      FROM "Edition" e
      WHERE e.id = i."editionId" AND e."reminderAfterDays" IS NOT NULL AND e.status IN ('ANNOUNCED', 'REGISTRATION_OPEN')
        AND (e."registrationClosesAt" IS NULL OR e."registrationClosesAt" > ${now})
        AND i.status = 'SENT' AND i."revokedAt" IS NULL AND i."focalPointEmail" IS NOT NULL
        AND COALESCE(i."lastReminderAt", i."sentAt") <= ${now}::timestamp - make_interval(days => e."reminderAfterDays")
      RETURNING i.id`;
    for (const { id } of claimed) {
      const inv = await tx.invitation.findUniqueOrThrow({ where: { id }, include: invitationWithEdition });
      await mailInvitation(tx, inv, "invitation-reminder", await mailableToken(tx, inv), now);
    }
    const closed = await tx.$executeRaw`
      UPDATE "Invitation" i SET status = 'NO_ANSWER', "updatedAt" = ${now}
      FROM "Edition" e
      WHERE e.id = i."editionId" AND i.status = 'SENT' AND e."registrationClosesAt" IS NOT NULL AND e."registrationClosesAt" <= ${now}`;
    return ok({ reminded: claimed.length, noAnswer: closed });
  },
  audit: (_ctx, r) => (r.reminded || r.noAnswer ? { action: "invitation.remindDue", entityType: "Invitation", entityId: "-", data: { reminded: r.reminded, noAnswer: r.noAnswer } } : null),
});
