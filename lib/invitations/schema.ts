// What invitation forms may send, checked the same way in the browser's post and the use
// case. Messages are keys under validation.*; reasons under reasons.*.
import { z } from "zod";
import { reasons } from "@/lib/errors";
import { singleEmailAddress } from "@/lib/email-address";
import { LOCALES } from "@/lib/i18n/config";
import { localizedText } from "@/lib/i18n/localized";

export const REGIONAL_GROUP_VALUES = ["AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "LATIN_AMERICAN_CARIBBEAN", "WESTERN_EUROPEAN_OTHERS"] as const;
export const INVITATION_STATUS_VALUES = ["NOT_SENT", "SENT", "ACCEPTED", "DECLINED", "NO_ANSWER"] as const;
export const NOMINEE_ROLES = ["HEAD", "MEMBER", "ADVISER"] as const;
/** How many invitations one bulk action may touch: every UN member and observer, and some organizations. */
export const MAX_BULK = 400;

const id = z.string().trim().min(1, "required").max(40, "tooLong");
const letterLocale = z.enum(LOCALES, "invalid");
const optionalText = (max: number) => z.string().trim().max(max, "tooLong").optional().transform((v) => v || null);
const quota = z.coerce.number("invalid").int("invalid").min(1, "outOfRange").max(100, "outOfRange");
const countryCode = z.string().trim().regex(/^[A-Z]{2}$/, "invalid");
const ids = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id).min(1, "noneSelected").max(MAX_BULK, "tooMany"));
const optionalEmail = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), singleEmailAddress.optional()).transform((v) => v ?? null);

/** Who to invite: one country, a regional group, everyone from the last edition, the countries never invited, or an organization. */
export const addInvitationsInput = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("country"), editionId: id, countryCode, quota, letterLocale }),
  z.object({ mode: z.literal("group"), editionId: id, group: z.enum(REGIONAL_GROUP_VALUES, "invalid"), quota, letterLocale }),
  z.object({ mode: z.literal("lastEdition"), editionId: id, quota, letterLocale }),
  z.object({ mode: z.literal("neverInvited"), editionId: id, quota, letterLocale }),
  z.object({ mode: z.literal("organization"), editionId: id, organizationId: id, quota, letterLocale }),
], "invalid");
export type AddInvitationsInput = z.infer<typeof addInvitationsInput>;

/** The organizer's edit of one invitation. */
export const updateInvitationInput = z.object({
  id,
  quota,
  letterLocale,
  focalPointName: optionalText(200),
  focalPointEmail: optionalEmail,
  focalPointInstitution: optionalText(200),
  notes: optionalText(2000),
});

export const BULK_OPERATIONS = ["send", "remind", "setQuota", "revoke"] as const;
export const bulkInput = z
  .object({ editionId: id, op: z.enum(BULK_OPERATIONS, "invalid"), ids, quota: z.preprocess((v) => (v === "" ? undefined : v), quota.optional()) })
  .superRefine((v, ctx) => {
    if (v.op === "setQuota" && v.quota === undefined) ctx.addIssue({ code: "custom", path: ["quota"], message: "required" });
  });
export type BulkInput = z.infer<typeof bulkInput>;

export const invitationIdInput = z.object({ id });

/** The most lines one paste of focal points may hold. */
export const MAX_FOCAL_LINES = 400;
/**
 * Focal points pasted from a spreadsheet, one invitee a line: "code; email; name; ministry or
 * embassy" (tab, semicolon or comma between them). The code is the ISO alpha-2 or alpha-3 code
 * of a country, or an organization's acronym. Every line must be good, or nothing changes.
 */
export const focalPointLine = z.object({
  code: z.string().trim().min(2, "lineInvalid").max(20, "lineInvalid").transform((v) => v.toUpperCase()),
  email: singleEmailAddress,
  name: z.string().trim().max(200, "tooLong").transform((v) => v || null),
  institution: z.string().trim().max(200, "tooLong").transform((v) => v || null),
});
export const importFocalPointsInput = z.object({
  editionId: id,
  lines: z
    .string()
    .max(100_000, "tooLong")
    .transform((text) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
    .refine((lines) => lines.length > 0, "required")
    .refine((lines) => lines.length <= MAX_FOCAL_LINES, "tooMany")
    .transform((lines, ctx) => {
      const rows = [];
      for (const line of lines) {
        const [code = "", email = "", name = "", institution = ""] = line.split(/\t|;|,/);
        const parsed = focalPointLine.safeParse({ code, email, name, institution });
        if (!parsed.success) {
          ctx.addIssue({ code: "custom", message: "lineInvalid" });
          return z.NEVER;
        }
        rows.push(parsed.data);
      }
      return rows;
    }),
});

/** The focal point's answer, through the secret link or their account. */
export const respondInput = z.object({ id, answer: z.enum(["ACCEPTED", "DECLINED"], "invalid") });

/** The focal point's own details, confirmed or corrected by them. */
export const focalPointInput = z.object({
  id,
  focalPointName: z.string().trim().min(1, "required").max(200, "tooLong"),
  focalPointEmail: singleEmailAddress,
  focalPointInstitution: z.string().trim().min(1, "required").max(200, "tooLong"),
  letterLocale,
});

/** One member of the delegation, named as in the passport. */
export const nominateInput = z.object({
  invitationId: id,
  honorific: optionalText(40),
  givenName: z.string().trim().min(1, "required").max(100, "tooLong"),
  familyName: z.string().trim().min(1, "required").max(100, "tooLong"),
  jobTitle: optionalText(200),
  delegationRole: z.enum(NOMINEE_ROLES, "invalid"),
  email: singleEmailAddress,
  locale: letterLocale.default("en"),
  consent: z.literal("on", "consentRequired"),
});
export type NominateInput = z.infer<typeof nominateInput>;

export const withdrawNomineeInput = z.object({ invitationId: id, registrationId: id });

/** The edition's invitation settings: reminders and whether the list of participating countries is public. */
export const invitationSettingsInput = z.object({
  editionId: id,
  reminderAfterDays: z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), z.coerce.number("invalid").int("invalid").min(1, "outOfRange").max(90, "outOfRange").nullable()),
  countriesPublished: z.preprocess((v) => v === "on" || v === true, z.boolean()),
});

export const organizationInput = z.object({
  acronym: z.string().trim().min(1, "required").max(20, "tooLong"),
  names: localizedText({ max: 200 }),
});

/** Every outcome an invitation write can have (each has a message in reasons.*). */
export const INVITATION_REASONS = reasons([
  "EDITION_CLOSED", "NOTHING_TO_ADD", "NO_EARLIER_EDITION", "QUOTA_BELOW_DELEGATION", "QUOTA_FULL", "HEAD_TAKEN", "EMAIL_TAKEN",
  "NOT_ACCEPTED", "ANSWER_CLOSED", "HAS_DELEGATES", "ALREADY_SENT", "NO_FOCAL_EMAIL", "INVITATION_REVOKED", "ACRONYM_TAKEN", "UNKNOWN_INVITEES",
] as const);
export type InvitationReason = (typeof INVITATION_REASONS)[number];
