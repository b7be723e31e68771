// Visa letters, issued by the secretariat to approved delegates who asked for one. The
// number comes from the edition's counter (a conditional update: never reused, whatever is
// cancelled later); a reissue keeps the number and records a new version.
import "server-only";
import { z } from "zod";
import { fail, ok } from "@/lib/errors";
import { can as hasPermission } from "@/lib/access/policy";
import { defineUseCase, lockRow } from "@/lib/use-case";
import { can } from "../policy";
import { BADGE_CATEGORIES, type RegistrationReason } from "../schema";

const id = z.string().trim().min(1, "required").max(40, "tooLong");

export const issueVisaLetter = defineUseCase({
  name: "registrations.visaLetter",
  input: z.object({ registrationId: id }),
  allows: (actor) => hasPermission(actor, "registrations.review"),
  async load(tx, input) {
    if (!(await lockRow(tx, "Registration", input.registrationId))) return null;
    return tx.registration.findUniqueOrThrow({
      where: { id: input.registrationId },
      select: { id: true, userId: true, email: true, countryCode: true, invitationId: true, editionId: true, status: true, visaLetterRequested: true, visaLetterNumber: true, passportNumber: true, nationality: true },
    });
  },
  authorize: (actor, r) => can(actor, "review", r),
  async run({ tx, record: r, actor, now }) {
    if (r.status !== "APPROVED") return fail<RegistrationReason>("NOT_APPROVED");
    if (!r.visaLetterRequested) return fail<RegistrationReason>("NO_VISA_REQUEST");
    if (!r.passportNumber || !r.nationality) return fail<RegistrationReason>("NO_PASSPORT");
    let number = r.visaLetterNumber;
    if (number === null) {
      const [row] = await tx.$queryRaw<{ seq: number }[]>`UPDATE "Edition" SET "visaLetterSeq" = "visaLetterSeq" + 1 WHERE id = ${r.editionId} RETURNING "visaLetterSeq" AS seq`;
      number = row.seq;
      await tx.registration.update({ where: { id: r.id }, data: { visaLetterNumber: number } });
    }
    const last = await tx.visaLetter.findFirst({ where: { registrationId: r.id }, orderBy: { version: "desc" }, select: { version: true } });
    const version = (last?.version ?? 0) + 1;
    await tx.visaLetter.create({ data: { registrationId: r.id, editionId: r.editionId, number, version, issuedAt: now, issuedById: actor.id } });
    return ok({ id: r.id, editionId: r.editionId, number, version });
  },
  audit: (_ctx, v) => ({ action: "registration.visaLetter", entityType: "Registration", entityId: v.id, editionId: v.editionId, data: { number: v.number, version: v.version } }),
});

/** The secretariat sets a badge's category (a speaker, a guest of the host, the organizers' own staff). */
export const setBadgeCategory = defineUseCase({
  name: "registrations.category",
  input: z.object({ registrationId: id, category: z.enum(BADGE_CATEGORIES, "invalid") }),
  allows: (actor) => hasPermission(actor, "registrations.review"),
  async load(tx, input) {
    if (!(await lockRow(tx, "Registration", input.registrationId))) return null;
    return tx.registration.findUniqueOrThrow({ where: { id: input.registrationId }, select: { id: true, userId: true, email: true, countryCode: true, invitationId: true, editionId: true } });
  },
  authorize: (actor, r) => can(actor, "review", r),
  async run({ tx, input, record: r }) {
    await tx.registration.update({ where: { id: r.id }, data: { badgeCategory: input.category } });
    return ok({ id: r.id, editionId: r.editionId, category: input.category });
  },
  audit: (_ctx, v) => ({ action: "registration.category", entityType: "Registration", entityId: v.id, editionId: v.editionId, data: { category: v.category } }),
});
