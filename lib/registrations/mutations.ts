// Registration writes: registering (the public form, a delegation's link), the secretariat's
// decisions, the focal point's confirmation and the edition's registration settings (the
// privacy chores are in privacy/mutations.ts). Each is one use case: validate, load and lock (the edition first: seats/),
// authorize against the record, one transaction with its audit entries and mails.
import "server-only";
import { fail, ok, type DbRefusal } from "@/lib/errors";
import { can as hasPermission, isLinkHolder } from "@/lib/access/policy";
import { can as canEdition } from "@/lib/editions/policy";
import { enqueueMail, enqueueMails, type MailInput } from "@/lib/mail/outbox";
import type { AuditEntry } from "@/lib/audit/mutations";
import { newToken, openToken } from "@/lib/secret-token";
import { defineUseCase } from "@/lib/use-case";
import { invitationIdOfKey, keyMatches } from "./delegation-link";
import { awaitsFocalPoint, registrationOpen } from "./open";
import { isOver } from "@/lib/editions/status";
import { focalPointMail, registrationMail, type RegistrationMailKind } from "./mail";
import { can, mayRegister } from "./policy";
import {
  confirmNomineesInput, decideInput, PRIVACY_NOTICE_VERSION, registerInput, registrationSettingsInput, type Decision, type RegistrationReason,
} from "./schema";
import { fillFreedSeats, hasSeat, lockEditionSeats, lockRegistrations, nextWaitlistPosition, renumberWaitlist, seatCounts, seatFree, SEATED, type SeatEdition } from "./seats/mutations";

export const refuse = (reason: RegistrationReason) => fail<RegistrationReason>(reason);

export function refusals(r: DbRefusal) {
  if (r.kind === "unique" && r.constraint?.includes("edition_email")) return fail<RegistrationReason>("ALREADY_REGISTERED", { email: ["emailTaken"] });
  if (r.kind === "unique" && r.constraint?.includes("one_head")) return fail<RegistrationReason>("HEAD_TAKEN", { delegationRole: ["headTaken"] });
  if (r.kind === "foreignKey" && r.constraint?.includes("country")) return fail<RegistrationReason>("INVALID_INPUT", { countryCode: ["invalid"] });
  return undefined;
}


const registrationFacts = {
  id: true, userId: true, email: true, countryCode: true, invitationId: true, status: true, waitlistPosition: true, delegationRole: true, confirmedAt: true,
  locale: true, givenName: true, familyName: true, honorific: true, decisionReason: true, tokenSealed: true,
} as const;
type Facts = { id: string; status: string; waitlistPosition: number | null; email: string; locale: string; givenName: string; familyName: string; honorific: string | null; decisionReason: string | null; tokenSealed: string | null };

export function mailFor(r: Facts, e: SeatEdition, kind: RegistrationMailKind): MailInput {
  return registrationMail(r, e, kind, openToken(r.tokenSealed));
}

// ───────────────────────────── registering ─────────────────────────────

/**
 * Registers one person: on the edition's public form, or through a delegation's link (the
 * country and invitation are the link's). The edition is locked while its seats are counted:
 * a seat if the edition and the delegation have one, else the waiting list's next position.
 */
export const register = defineUseCase({
  name: "registrations.register",
  input: registerInput,
  allows: mayRegister,
  async load(tx, input) {
    // What needs no lock is read first, so the edition's lock is held only while seats are counted and taken.
    const invitationId = input.key === undefined ? null : invitationIdOfKey(input.key);
    const inv = invitationId
      ? await tx.invitation.findUnique({
          where: { id: invitationId },
          select: { id: true, editionId: true, countryCode: true, tokenHash: true, tokenSealed: true, revokedAt: true, status: true, focalPointInstitution: true, focalPointEmail: true, letterLocale: true },
        })
      : null;
    const linkValid = input.key === undefined || (!!inv && inv.editionId === input.editionId && !inv.revokedAt && inv.status !== "DECLINED" && keyMatches(input.key, inv.id, inv.tokenHash));
    const countryCode = input.key === undefined ? input.countryCode : (inv?.countryCode ?? null);
    const [country, countryInvitation] = input.key === undefined && countryCode
      ? await Promise.all([
          tx.country.findUnique({ where: { code: countryCode }, select: { code: true } }),
          // A country that is invited registers into its invitation's delegation (and quota).
          tx.invitation.findFirst({ where: { editionId: input.editionId, countryCode, revokedAt: null }, select: { id: true } }),
        ])
      : [null, null];
    const e = await lockEditionSeats(tx, input.editionId);
    if (!e) return null;
    return { edition: e, invitation: linkValid ? inv : null, linkValid, countryKnown: input.key !== undefined || !!country, countryInvitationId: countryInvitation?.id ?? null };
  },
  authorize: (actor) => mayRegister(actor),
  refusals,
  async run({ tx, input, record, now, actor }) {
    const { edition: e, invitation: inv } = record;
    if (!record.linkValid) return refuse("LINK_INVALID");
    // The secretariat adds participants itself (speakers, the host's guests) once the edition is announced and until it is held.
    const staff = hasPermission(actor, "registrations.review");
    const open = staff ? ["ANNOUNCED", "REGISTRATION_OPEN", "REGISTRATION_CLOSED"].includes(e.status) : registrationOpen(e, now, inv ? "delegation" : "public");
    if (!open) return refuse("REGISTRATION_CLOSED");
    const countryCode = (inv ? inv.countryCode : input.countryCode) ?? null;
    const invitationId = inv?.id ?? record.countryInvitationId;
    if (!inv && !countryCode) return fail<RegistrationReason>("COUNTRY_REQUIRED", { countryCode: ["required"] });
    if (!record.countryKnown) return fail<RegistrationReason>("INVALID_INPUT", { countryCode: ["invalid"] });
    // One statement decides: a seat, or the waiting list's next position.
    const counts = await seatCounts(tx, e, { countryCode, invitationId, delegationRole: input.delegationRole });
    const seat = hasSeat(e, counts);
    const waitlistPosition = seat ? null : counts.lastPosition + 1;
    const token = newToken();
    const userId = actor.role === "DELEGATE" && actor.email === input.email ? actor.id : null;
    const r = await tx.registration.create({
      data: {
        editionId: e.id, countryCode, invitationId, userId, honorific: input.honorific, givenName: input.givenName, familyName: input.familyName, jobTitle: input.jobTitle,
        organization: input.organization ?? inv?.focalPointInstitution ?? null, email: input.email, phone: input.phone, delegationRole: input.delegationRole,
        badgeCategory: (staff && input.badgeCategory) || (input.delegationRole === "MEDIA" ? "PRESS" : "DELEGATE"), status: seat ? "PENDING" : "WAITLISTED", waitlistPosition,
        accessibilityNeeds: input.accessibilityNeeds, dietaryNeeds: input.dietaryNeeds, consentAt: now, consentVersion: PRIVACY_NOTICE_VERSION,
        visaLetterRequested: input.visaLetterRequested, passportNumber: input.passportNumber, nationality: input.nationality, locale: input.locale,
        tokenHash: token.tokenHash, tokenSealed: token.tokenSealed,
      },
      select: registrationFacts,
    });
    // Received, or waitlisted with its position: either way with the personal link.
    await enqueueMail(tx, registrationMail(r, e, seat ? "received" : "waitlisted", token.token));
    // The focal point confirms it first: tell them, with their invitation's link.
    if (inv && e.focalPointReview && inv.focalPointEmail) await enqueueMail(tx, focalPointMail({ ...inv, focalPointEmail: inv.focalPointEmail }, r, e, openToken(inv.tokenSealed)));
    return ok({ id: r.id, editionId: e.id, status: r.status, waitlistPosition, via: inv ? "delegation" : staff ? "secretariat" : isLinkHolder(actor) ? "link" : "public", countryCode, role: input.delegationRole });
  },
  audit: (_ctx, r) => ({ action: "registration.register", entityType: "Registration", entityId: r.id, editionId: r.editionId, data: { via: r.via, status: r.status, country: r.countryCode, role: r.role } }),
});

// ───────────────────────────── the secretariat ─────────────────────────────

/** What a decision makes of a registration in each status (undefined: the decision does not apply). */
const NEXT: Record<Decision, Partial<Record<string, "APPROVED" | "WAITLISTED" | "REJECTED" | "CANCELLED">>> = {
  approve: { PENDING: "APPROVED", WAITLISTED: "APPROVED", REJECTED: "APPROVED" },
  waitlist: { PENDING: "WAITLISTED", APPROVED: "WAITLISTED" },
  reject: { PENDING: "REJECTED", WAITLISTED: "REJECTED", APPROVED: "REJECTED" },
  cancel: { PENDING: "CANCELLED", WAITLISTED: "CANCELLED", APPROVED: "CANCELLED" },
};
const MAIL_OF = { APPROVED: "approved", WAITLISTED: "waitlisted", REJECTED: "rejected", CANCELLED: "cancelled" } as const;

/**
 * Approve, waitlist, reject (with a reason) or cancel the ticked registrations of one
 * edition. The edition, then the rows (in id order) are locked; rows the decision does not
 * apply to are skipped and counted by reason. Seats that free move the waiting list up in
 * the same transaction. One registration that cannot take the decision is refused with why.
 */
export const decideRegistrations = defineUseCase({
  name: "registrations.decide",
  input: decideInput,
  allows: (actor) => hasPermission(actor, "registrations.review"),
  async load(tx, input) {
    const e = await lockEditionSeats(tx, input.editionId);
    if (!e) return null;
    const ids = await lockRegistrations(tx, e.id, input.ids);
    const regs = await tx.registration.findMany({ where: { id: { in: ids } }, select: registrationFacts, orderBy: { id: "asc" } });
    return regs.length === 0 ? null : { edition: e, regs };
  },
  authorize: (actor, rec) => rec.regs.every((r) => can(actor, "review", r)),
  async run({ tx, input, record: { edition: e, regs }, now, actor }) {
    if (input.decision !== "cancel" && isOver(e.status)) return refuse("REGISTRATION_CLOSED");
    const skipped: Partial<Record<RegistrationReason, number>> = {};
    const skip = (reason: RegistrationReason) => void (skipped[reason] = (skipped[reason] ?? 0) + 1);
    const decided: { id: string; from: string; to: string }[] = [];
    const mails: MailInput[] = [];
    const justWaitlisted = new Set<string>();
    let freed = false;
    for (const r of regs) {
      const to = NEXT[input.decision][r.status];
      if (!to) {
        skip("WRONG_STATUS");
        continue;
      }
      const seated = (SEATED as readonly string[]).includes(r.status);
      if (to === "APPROVED") {
        if (awaitsFocalPoint(e, r)) {
          skip("NOT_CONFIRMED");
          continue;
        }
        if (!seated && !(await seatFree(tx, e, r))) {
          skip("NO_SEAT");
          continue;
        }
      }
      const position = to === "WAITLISTED" ? await nextWaitlistPosition(tx, e.id) : null;
      await tx.registration.update({
        where: { id: r.id },
        data: {
          status: to, waitlistPosition: position, reviewedById: actor.id, reviewedAt: now, decisionReason: input.reason ?? (to === "REJECTED" ? r.decisionReason : null),
          cancelledAt: to === "CANCELLED" ? now : null,
        },
      });
      if (seated && to !== "APPROVED") freed = true;
      if (to === "WAITLISTED") justWaitlisted.add(r.id);
      mails.push(mailFor({ ...r, status: to, waitlistPosition: position ?? null, decisionReason: input.reason }, e, MAIL_OF[to]));
      decided.push({ id: r.id, from: r.status, to });
    }
    if (regs.length === 1 && decided.length === 0) return refuse(Object.keys(skipped)[0] as RegistrationReason);
    // Rows that left the list leave gaps (their positions were read before the loop): number it 1…N again, once.
    if (decided.some((d) => d.from === "WAITLISTED")) await renumberWaitlist(tx, e.id);
    await enqueueMails(tx, mails);
    const promoted = freed ? await fillFreedSeats(tx, e, now, justWaitlisted) : [];
    return ok({ editionId: e.id, decision: input.decision, decided, skipped, promoted, done: decided.length, promotedCount: promoted.length });
  },
  audit: (_ctx, r): AuditEntry[] => [
    ...r.decided.map((d) => ({ action: "registration.decide" as const, entityType: "Registration", entityId: d.id, editionId: r.editionId, data: { decision: r.decision, from: d.from, to: d.to } })),
    ...r.promoted,
  ],
});

/**
 * The focal point confirms nominees of their delegation (the optional first stage): signed in
 * for their country, or through their invitation's link.
 */
export const confirmNominees = defineUseCase({
  name: "registrations.confirm",
  input: confirmNomineesInput,
  allows: (actor) => hasPermission(actor, "delegation.manage") || isLinkHolder(actor) || hasPermission(actor, "registrations.review"),
  async load(tx, input) {
    const inv = await tx.invitation.findUnique({ where: { id: input.invitationId }, select: { id: true, editionId: true } });
    if (!inv) return null;
    const e = await lockEditionSeats(tx, inv.editionId);
    const ids = await lockRegistrations(tx, inv.editionId, input.ids);
    const regs = await tx.registration.findMany({ where: { id: { in: ids }, invitationId: inv.id }, select: registrationFacts });
    return e && regs.length > 0 ? { edition: e, regs } : null;
  },
  authorize: (actor, rec) => rec.regs.every((r) => can(actor, "confirm", r)),
  async run({ tx, record: { edition: e, regs }, now }) {
    if (isOver(e.status)) return refuse("REGISTRATION_CLOSED");
    const open = regs.filter((r) => r.confirmedAt === null && (r.status === "PENDING" || r.status === "WAITLISTED"));
    if (open.length === 0) return refuse("WRONG_STATUS");
    await tx.registration.updateMany({ where: { id: { in: open.map((r) => r.id) } }, data: { confirmedAt: now } });
    return ok({ editionId: e.id, ids: open.map((r) => r.id) });
  },
  audit: (_ctx, r) => r.ids.map((id) => ({ action: "registration.confirm" as const, entityType: "Registration", entityId: id, editionId: r.editionId })),
});

/** The edition's registration settings; a larger capacity or quota moves the waiting list up at once. */
export const saveRegistrationSettings = defineUseCase({
  name: "registrations.settings",
  input: registrationSettingsInput,
  allows: (actor) => canEdition(actor, "update"),
  load: (tx, input) => lockEditionSeats(tx, input.editionId),
  authorize: (actor) => canEdition(actor, "update"),
  async run({ tx, input, record: e, now }) {
    const { editionId, ...data } = input;
    if (data.capacity === null && !["DRAFT", "ANNOUNCED", "CANCELLED"].includes(e.status)) return fail<RegistrationReason>("INVALID_INPUT", { capacity: ["required"] });
    const seated = await tx.registration.count({ where: { editionId, status: { in: [...SEATED] } } });
    if (data.capacity !== null && data.capacity < seated) return fail<RegistrationReason>("INVALID_INPUT", { capacity: ["belowSeated"] });
    const updated = await tx.edition.update({ where: { id: editionId }, data, select: { id: true } });
    const promoted = await fillFreedSeats(tx, { ...e, ...data }, now);
    return ok({ editionId: updated.id, settings: data, promoted });
  },
  audit: (_ctx, r): AuditEntry[] => [{ action: "registration.settings", entityType: "Edition", entityId: r.editionId, editionId: r.editionId, data: r.settings }, ...r.promoted],
});
