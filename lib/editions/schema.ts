import { z } from "zod";
import { localizedText } from "@/lib/i18n/localized";
import { isLocalDateTime, isTimeZone } from "@/lib/i18n/time-zones";

const localDateTime = z.string().trim().refine((v) => v === "" || isLocalDateTime(v), "dateTime").transform((v) => v || null);
const optionalCount = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? null : Number(v)),
  z.number().int("invalid").min(0, "outOfRange").max(100_000, "outOfRange").nullable(),
);

export const editionInput = z
  .object({
    seriesId: z.string().min(1, "required").max(40),
    number: z.coerce.number().int("invalid").min(1, "outOfRange").max(999, "outOfRange"),
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

export const transitionInput = z.object({
  id: z.string().min(1).max(40),
  to: z.enum(["DRAFT", "ANNOUNCED", "REGISTRATION_OPEN", "REGISTRATION_CLOSED", "HELD", "ARCHIVED", "CANCELLED"]),
});
