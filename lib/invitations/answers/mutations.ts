// The focal point's answers, through the secret link or their account: accept or decline,
// confirm their details, nominate and withdraw the delegation. A nomination locks its
// invitation row before counting the delegation, so concurrent nominations never exceed the
// quota, and the partial unique index Registration_one_head_per_invitation refuses a second
// head even if a path forgot the lock.
import "server-only";
import { fail, ok } from "@/lib/errors";
import { isLinkHolder, type Principal } from "@/lib/access/policy";
import { ACTIVE_REGISTRATION, isActiveRegistration } from "@/lib/registrations/status";
import { isOver } from "@/lib/editions/status";
import { defineUseCase, lockRow } from "@/lib/use-case";
import { newToken } from "@/lib/secret-token";
import { enqueueMail } from "@/lib/mail/outbox";
import { registrationMail } from "@/lib/registrations/mail";
import { PRIVACY_NOTICE_VERSION } from "@/lib/registrations/schema";
import { closeWaitlistGap, fillFreedSeats, nextWaitlistPosition, seatFree } from "@/lib/registrations/seats/mutations";
import { activeDelegates, lockForSeats, lockInvitation, refusals, refuse, subjectOf, type LockedInvitation } from "../mutations";
import { can, mayAnswer } from "../policy";
import { focalPointInput, nominateInput, respondInput, withdrawNomineeInput, type InvitationReason } from "../schema";

/** The answer is open while the edition is: never after it is held, archived or cancelled, nor on a revoked link. */
function answerProblem(inv: LockedInvitation): InvitationReason | null {
  if (inv.revokedAt) return "INVITATION_REVOKED";
  if (isOver(inv.edition.status)) return "ANSWER_CLOSED";
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
  load: (tx, input) => lockForSeats(tx, input.invitationId),
  authorize: (actor, inv) => can(actor, "nominate", inv),
  refusals,
  async run({ tx, input, record: inv, now, actor }) {
    const problem = answerProblem(inv);
    if (problem) return refuse(problem);
    if (inv.status !== "ACCEPTED") return refuse("NOT_ACCEPTED");
    const delegation = await tx.registration.findMany({ where: { invitationId: inv.id, status: { in: [...ACTIVE_REGISTRATION] } }, select: { delegationRole: true } });
    if (delegation.length >= inv.quota) return refuse("QUOTA_FULL");
    if (input.delegationRole === "HEAD" && delegation.some((d) => d.delegationRole === "HEAD")) return refuse("HEAD_TAKEN");
    // Within the quota; a seat if the edition has one, else the waiting list. Named by the focal point: confirmed.
    const seat = await seatFree(tx, inv.seats, { countryCode: inv.countryCode, invitationId: inv.id, delegationRole: input.delegationRole });
    const waitlistPosition = seat ? null : await nextWaitlistPosition(tx, inv.editionId);
    const token = newToken();
    const r = await tx.registration.create({
      data: {
        editionId: inv.editionId, countryCode: inv.countryCode, invitationId: inv.id, honorific: input.honorific, givenName: input.givenName, familyName: input.familyName,
        jobTitle: input.jobTitle, organization: inv.focalPointInstitution, email: input.email, delegationRole: input.delegationRole, badgeCategory: "DELEGATE",
        status: seat ? "PENDING" : "WAITLISTED", waitlistPosition, confirmedAt: now, consentAt: now, consentVersion: PRIVACY_NOTICE_VERSION, locale: input.locale,
        tokenHash: token.tokenHash, tokenSealed: token.tokenSealed,
      },
      select: { id: true, email: true, locale: true, givenName: true, familyName: true, honorific: true, waitlistPosition: true, decisionReason: true },
    });
    await enqueueMail(tx, registrationMail(r, inv.seats, "received", token.token));
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
    const inv = await lockForSeats(tx, input.invitationId);
    if (!inv || !(await lockRow(tx, "Registration", input.registrationId))) return null;
    const reg = await tx.registration.findUniqueOrThrow({ where: { id: input.registrationId }, select: { id: true, invitationId: true, status: true, waitlistPosition: true } });
    return reg.invitationId === inv.id ? { ...inv, registration: reg } : null;
  },
  authorize: (actor, inv) => can(actor, "nominate", inv),
  async run({ tx, record: inv, now, actor }) {
    const problem = answerProblem(inv);
    if (problem) return refuse(problem);
    if (!isActiveRegistration(inv.registration.status)) return fail<InvitationReason>("CONFLICT");
    await tx.registration.update({ where: { id: inv.registration.id }, data: { status: "CANCELLED", cancelledAt: now, waitlistPosition: null } });
    await closeWaitlistGap(tx, inv.editionId, inv.registration.waitlistPosition);
    const promoted = await fillFreedSeats(tx, inv.seats, now);
    return ok({ id: inv.registration.id, editionId: inv.editionId, invitee: subjectOf(inv), by: answeredBy(actor), promoted });
  },
  audit: (_ctx, r) => [{ action: "invitation.withdrawNominee" as const, entityType: "Registration", entityId: r.id, editionId: r.editionId, data: { invitee: r.invitee, by: r.by } }, ...r.promoted],
});
