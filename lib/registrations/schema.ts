// What registration forms may send, checked the same way in the browser's post and the use
// case. Messages are keys under validation.*; reasons under reasons.*.
import { z } from "zod";
import { reasons } from "@/lib/errors";
import { singleEmailAddress } from "@/lib/email-address";
import { LOCALES } from "@/lib/i18n/config";

export const DELEGATION_ROLES = ["HEAD", "MEMBER", "ADVISER", "OBSERVER", "MEDIA"] as const;
export const BADGE_CATEGORIES = ["DELEGATE", "SPEAKER", "PRESS", "ORGANIZER", "GUEST"] as const;
export const REGISTRATION_STATUSES = ["PENDING", "APPROVED", "WAITLISTED", "REJECTED", "CANCELLED"] as const;
/** The secretariat's decisions on one registration or on ticked rows of the list. */
export const DECISIONS = ["approve", "waitlist", "reject", "cancel"] as const;
export type Decision = (typeof DECISIONS)[number];
/** Review stages of a pending registration: its focal point has still to confirm it, or the secretariat has to decide. */
export const STAGES = ["focalPoint", "secretariat"] as const;
/** The privacy notice's version a registrant consents to (recorded with the time). */
export const PRIVACY_NOTICE_VERSION = "2026-12";
/** How many registrations one bulk decision may touch. */
export const MAX_BULK = 1000;

const id = z.string().trim().min(1, "required").max(40, "tooLong");
/** Markup has no place in a registration: it is refused, not stored (names reach badges, letters and lists). */
const noMarkup = (v: string) => !/<\s*[a-z!/?]|[<>]/i.test(v);
const noControl = (v: string) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v);
const text = (max: number) => z.string().trim().max(max, "tooLong").refine(noControl, "invalid").refine(noMarkup, "noMarkup");
const requiredText = (max: number) => text(max).pipe(z.string().min(1, "required"));
const optionalText = (max: number) => z.preprocess((v) => (v === undefined || v === null ? "" : v), text(max)).transform((v) => v || null);
const checkbox = z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean());
const countryCode = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "invalid");
const optionalCountry = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), countryCode.optional()).transform((v) => v ?? null);
const phone = z.preprocess((v) => (typeof v === "string" ? v.trim() : (v ?? "")), z.string().max(40, "tooLong").regex(/^$|^\+?[0-9][0-9 ()./-]{3,38}$/, "phone")).transform((v) => v || null);
const passportNumber = z.preprocess((v) => (typeof v === "string" ? v.trim().toUpperCase().replace(/\s+/g, "") : (v ?? "")), z.string().max(20, "tooLong").regex(/^$|^[A-Z0-9]{5,20}$/, "passport")).transform((v) => v || null);

/** The person as the badge, the lists and the visa letter will name them. */
const personFields = {
  honorific: optionalText(40),
  givenName: requiredText(100),
  familyName: requiredText(100),
  jobTitle: optionalText(200),
  organization: optionalText(200),
  phone,
  accessibilityNeeds: optionalText(1000),
  dietaryNeeds: optionalText(500),
  visaLetterRequested: checkbox,
  passportNumber,
  nationality: optionalCountry,
  locale: z.enum(LOCALES, "invalid").default("en"),
};

/** Passport details come with a visa-letter request, and only with one. */
function visaDetails(v: { visaLetterRequested: boolean; passportNumber: string | null; nationality: string | null }, ctx: z.RefinementCtx) {
  if (!v.visaLetterRequested) return;
  if (!v.passportNumber) ctx.addIssue({ code: "custom", path: ["passportNumber"], message: "required" });
  if (!v.nationality) ctx.addIssue({ code: "custom", path: ["nationality"], message: "required" });
}
/** Without a visa-letter request, passport details are dropped, whatever was posted. */
const keepPassportOnlyForVisa = <T extends { visaLetterRequested: boolean; passportNumber: string | null; nationality: string | null }>(v: T): T =>
  v.visaLetterRequested ? v : { ...v, passportNumber: null, nationality: null };

/**
 * A registration: on the edition's public form (editionId), or through a delegation's link
 * (`key`, which names the invitation and fixes the country).
 */
export const registerInput = z
  .object({
    editionId: id,
    key: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(200, "invalid").optional()),
    ...personFields,
    countryCode: optionalCountry,
    delegationRole: z.enum(DELEGATION_ROLES, "invalid"),
    email: singleEmailAddress,
    consent: z.literal("on", "consentRequired"),
    /** The secretariat's own entries (a speaker, a guest of the host): the badge's category. Ignored from anyone else. */
    badgeCategory: z.preprocess((v) => (v === "" ? undefined : v), z.enum(BADGE_CATEGORIES, "invalid").optional()),
  })
  .superRefine(visaDetails)
  .transform(keepPassportOnlyForVisa);
export type RegisterInput = z.infer<typeof registerInput>;

/** The delegate's own changes through their personal link. */
export const updateOwnInput = z
  .object({ token: z.string().max(100), ...personFields, countryCode: optionalCountry })
  .superRefine(visaDetails)
  .transform(keepPassportOnlyForVisa);
export type UpdateOwnInput = z.infer<typeof updateOwnInput>;

/** Cancel or erase through the personal link. */
export const ownInput = z.object({ token: z.string().max(100) });

/** The secretariat's decision on ticked registrations of one edition (or one, from its page). */
export const decideInput = z
  .object({
    editionId: id,
    ids: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id).min(1, "noneSelected").max(MAX_BULK, "tooMany")),
    decision: z.enum(DECISIONS, "invalid"),
    reason: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "reject" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "required" });
  });
export type DecideInput = z.infer<typeof decideInput>;

/** A focal point confirms nominees of their invitation (the optional first stage). */
export const confirmNomineesInput = z.object({
  invitationId: id,
  ids: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id).min(1, "noneSelected").max(100, "tooMany")),
});

const optionalCount = (max: number) => z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), z.coerce.number("invalid").int("invalid").min(1, "outOfRange").max(max, "outOfRange").nullable());
/** The edition's registration settings. */
export const registrationSettingsInput = z.object({
  editionId: id,
  capacity: optionalCount(100_000),
  countryQuota: optionalCount(100),
  publicRegistration: checkbox,
  focalPointReview: checkbox,
});

export const editionIdInput = z.object({ editionId: id });

/** The list's filters (a GET form). */
export const registrationFilter = z.object({
  status: z.enum(REGISTRATION_STATUSES).optional().catch(undefined),
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  role: z.enum(DELEGATION_ROLES).optional().catch(undefined),
  stage: z.enum(STAGES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type RegistrationFilter = z.infer<typeof registrationFilter>;

/** The participant lists' filters (a GET form and the export links): approved by default, in a protocol language. */
export const participantFilter = z.object({
  status: z.enum(REGISTRATION_STATUSES).catch("APPROVED").default("APPROVED"),
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  role: z.enum(DELEGATION_ROLES).optional().catch(undefined),
  category: z.enum(BADGE_CATEGORIES).optional().catch(undefined),
  lang: z.enum(LOCALES).optional().catch(undefined),
  view: z.enum(["list", "delegations"]).catch("list").default("list"),
});
export type ParticipantFilter = z.infer<typeof participantFilter>;

/** Every outcome a registration write can have (each has a message in reasons.*). */
export const REGISTRATION_REASONS = reasons([
  "REGISTRATION_CLOSED", "LINK_INVALID", "COUNTRY_REQUIRED", "ALREADY_REGISTERED", "HEAD_TAKEN", "NOT_CONFIRMED", "NO_SEAT", "WRONG_STATUS",
  "EDITION_NOT_ARCHIVED", "ERASED", "NOT_APPROVED", "NO_VISA_REQUEST", "NO_PASSPORT",
] as const);
export type RegistrationReason = (typeof REGISTRATION_REASONS)[number];
