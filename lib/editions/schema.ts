import { z } from "zod";
import { localizedText } from "@/lib/i18n/localized";
import { isTimeZone, optionalLocalDateTime } from "@/lib/i18n/time-zones";
import { reasons } from "@/lib/errors";
import { MAX_EDITION_NUMBER } from "@/lib/params";
import { EDITION_STATUSES } from "./status";

const localDateTime = optionalLocalDateTime;
const id = z.string().min(1, "required").max(40, "tooLong");
const optionalCount = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? null : Number(v)),
  z.number().int("invalid").min(0, "outOfRange").max(100_000, "outOfRange").nullable(),
);

export const editionInput = z
  .object({
    seriesId: z.string().min(1, "required").max(40),
    number: z.coerce.number().int("invalid").min(1, "outOfRange").max(MAX_EDITION_NUMBER, "outOfRange"),
    theme: localizedText({ max: 300 }),
    venue: localizedText({ max: 300, required: false }),
    city: z.string().trim().max(100, "tooLong").optional().transform((v) => v || null),
    timeZone: z.string().trim().refine(isTimeZone, "timeZone"),
    startsAt: localDateTime,
    endsAt: localDateTime,
    capacity: optionalCount,
    registrationOpensAt: localDateTime,
    registrationClosesAt: localDateTime,
  })
  .superRefine((v, ctx) => {
    if ((v.startsAt === null) !== (v.endsAt === null)) ctx.addIssue({ code: "custom", path: [v.startsAt ? "endsAt" : "startsAt"], message: "bothDates" });
    if (v.startsAt && v.endsAt && v.endsAt < v.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "endBeforeStart" });
    if (v.registrationOpensAt && v.registrationClosesAt && v.registrationClosesAt <= v.registrationOpensAt)
      ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "endBeforeStart" });
  });

export type EditionInput = z.infer<typeof editionInput>;

export const editionUpdateInput = z.object({ id }).and(editionInput);
export const plannedEditionInput = z.object({ fromEditionId: id }).and(editionInput);

/** A move to another status; cancelling says why (shown publicly). */
export const transitionInput = z
  .object({ id, to: z.enum(EDITION_STATUSES), reason: z.string().trim().max(500, "tooLong").optional().transform((v) => v || null) })
  .superRefine((v, ctx) => {
    if (v.to === "CANCELLED" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "required" });
  });
export const idInput = z.object({ id });

/** Every outcome an edition write can have (each has a message in reasons.*). */
export const EDITION_REASONS = reasons(["INVALID_TRANSITION", "NEEDS_DATES", "NEEDS_DATES_AND_CAPACITY", "NOT_STARTED_YET", "ONLY_DRAFTS_DELETED", "HAS_RECORDS"] as const);
export type EditionReason = (typeof EDITION_REASONS)[number];
