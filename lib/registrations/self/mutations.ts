// The delegate's own changes through their personal link (or their account): correct their
// details, cancel, erase. A change of name or country after approval returns the
// registration to review; a change of country moves the seat to the new delegation (or to
// the waiting list when it has none); a freed seat moves the waiting list up at once.
import "server-only";
import type { Tx } from "@/lib/db";
import { fail, ok } from "@/lib/errors";
import type { RegistrationReason } from "../schema";
import type { Principal } from "@/lib/access/policy";
import { enqueueMail } from "@/lib/mail/outbox";
import type { AuditEntry } from "@/lib/audit/mutations";
import { defineUseCase, lockRow } from "@/lib/use-case";
import { isOver } from "@/lib/editions/status";
import { isActiveRegistration } from "../status";
import { mailFor, refusals, refuse } from "../mutations";
import { anonymize } from "../privacy/mutations";
import { can } from "../policy";
import { ownInput, updateOwnInput } from "../schema";
import { closeWaitlistGap, fillFreedSeats, lockEditionSeats, nextWaitlistPosition, seatFree, SEATED } from "../seats/mutations";


/** The registration the principal's link opens (a signed-in delegate names it by id in `token`'s place: not offered). */
async function lockOwn(tx: Tx, actor: Principal) {
  const id = actor.role === "REGISTRATION_LINK" ? actor.registrationId : null;
  if (!id) return null;
  const editionId = (await tx.registration.findUnique({ where: { id }, select: { editionId: true } }))?.editionId;
  const e = editionId ? await lockEditionSeats(tx, editionId) : null;
  if (!e || !(await lockRow(tx, "Registration", id))) return null;
  const r = await tx.registration.findUniqueOrThrow({ where: { id } });
  return { edition: e, reg: r };
}

export const updateOwnRegistration = defineUseCase({
  name: "registrations.updateOwn",
  input: updateOwnInput,
  allows: (actor) => actor.role === "REGISTRATION_LINK",
  load: (tx, _input, actor) => lockOwn(tx, actor),
  authorize: (actor, { reg }) => can(actor, "edit", reg),
  refusals,
  async run({ tx, input, record: { edition: e, reg: r }, now }) {
    if (!isActiveRegistration(r.status)) return refuse("WRONG_STATUS");
    if (isOver(e.status)) return refuse("REGISTRATION_CLOSED");
    // A delegation's registration keeps its country (the invitation's); a public one may change it.
    const countryCode = r.invitationId ? r.countryCode : (input.countryCode ?? r.countryCode);
    if (countryCode && countryCode !== r.countryCode && !(await tx.country.findUnique({ where: { code: countryCode }, select: { code: true } }))) {
      return fail<RegistrationReason>("INVALID_INPUT", { countryCode: ["invalid"] });
    }
    const movedCountry = countryCode !== r.countryCode;
    const renamed = input.givenName !== r.givenName || input.familyName !== r.familyName;
    let status = r.status;
    let waitlistPosition = r.waitlistPosition;
    let invitationId = r.invitationId;
    if (movedCountry) {
      invitationId = (await tx.invitation.findFirst({ where: { editionId: e.id, countryCode: countryCode!, revokedAt: null }, select: { id: true } }))?.id ?? null;
      const seated = (SEATED as readonly string[]).includes(r.status);
      if (seated && !(await seatFree(tx, e, { countryCode, invitationId, delegationRole: r.delegationRole }, r.id))) {
        status = "WAITLISTED";
        waitlistPosition = await nextWaitlistPosition(tx, e.id);
      }
    }
    const backToReview = status === "APPROVED" && (renamed || movedCountry);
    if (backToReview) status = "PENDING";
    const { token: _t, countryCode: _c, ...details } = input;
    await tx.registration.update({ where: { id: r.id }, data: { ...details, countryCode, invitationId, status, waitlistPosition, detailsChangedAt: now, ...(backToReview ? { reviewedAt: null, reviewedById: null } : {}) } });
    const promoted = status === "WAITLISTED" && r.status !== "WAITLISTED" ? await fillFreedSeats(tx, e, now) : [];
    const kind = status === "WAITLISTED" && r.status !== "WAITLISTED" ? "waitlisted" : backToReview ? "backToReview" : "updated";
    await enqueueMail(tx, mailFor({ ...r, ...details, status, waitlistPosition }, e, kind));
    const changed = Object.keys(details).filter((k) => String((details as Record<string, unknown>)[k] ?? "") !== String((r as Record<string, unknown>)[k] ?? ""));
    return ok({ id: r.id, editionId: e.id, changed: movedCountry ? [...changed, "countryCode"] : changed, backToReview, promoted, status });
  },
  audit: (_ctx, x): AuditEntry[] => [
    { action: "registration.update", entityType: "Registration", entityId: x.id, editionId: x.editionId, data: { fields: x.changed.join(", "), to: x.status } },
    ...x.promoted,
  ],
});

/** Cancels one's own registration; the seat goes to the first waitlisted delegate who fits. */
export const cancelOwnRegistration = defineUseCase({
  name: "registrations.cancelOwn",
  input: ownInput,
  allows: (actor) => actor.role === "REGISTRATION_LINK",
  load: (tx, _input, actor) => lockOwn(tx, actor),
  authorize: (actor, { reg }) => can(actor, "cancel", reg),
  async run({ tx, record: { edition: e, reg: r }, now }) {
    if (!isActiveRegistration(r.status)) return refuse("WRONG_STATUS");
    await tx.registration.update({ where: { id: r.id }, data: { status: "CANCELLED", cancelledAt: now, waitlistPosition: null } });
    await closeWaitlistGap(tx, e.id, r.waitlistPosition);
    await enqueueMail(tx, mailFor({ ...r, status: "CANCELLED" }, e, "cancelled"));
    const promoted = await fillFreedSeats(tx, e, now);
    return ok({ id: r.id, editionId: e.id, from: r.status, promoted });
  },
  audit: (_ctx, x): AuditEntry[] => [{ action: "registration.cancel", entityType: "Registration", entityId: x.id, editionId: x.editionId, data: { from: x.from } }, ...x.promoted],
});

/**
 * Erases one's own data: the registration is cancelled (if live) and anonymized in place, so
 * the edition's counts stay; the personal link stops working. No mail: the address is gone.
 */
export const eraseOwnRegistration = defineUseCase({
  name: "registrations.eraseOwn",
  input: ownInput,
  allows: (actor) => actor.role === "REGISTRATION_LINK",
  load: (tx, _input, actor) => lockOwn(tx, actor),
  authorize: (actor, { reg }) => can(actor, "erase", reg),
  async run({ tx, record: { edition: e, reg: r }, now }) {
    const live = isActiveRegistration(r.status);
    if (live) {
      await tx.registration.update({ where: { id: r.id }, data: { status: "CANCELLED", cancelledAt: now, waitlistPosition: null } });
      await closeWaitlistGap(tx, e.id, r.waitlistPosition);
    }
    await anonymize(tx, { id: r.id }, now);
    const promoted = live ? await fillFreedSeats(tx, e, now) : [];
    return ok({ id: r.id, editionId: e.id, promoted });
  },
  audit: (_ctx, x): AuditEntry[] => [{ action: "registration.erase", entityType: "Registration", entityId: x.id, editionId: x.editionId }, ...x.promoted],
});
