import { z } from "zod";
import { localizedText } from "@/lib/i18n/localized";
import { isTimeZone } from "@/lib/i18n/time-zones";
import { reasons } from "@/lib/errors";

const optionalInt = (min: number, max: number) =>
  z.preprocess((v) => (v === "" || v === null || v === undefined ? null : Number(v)), z.number().int("invalid").min(min, "outOfRange").max(max, "outOfRange").nullable());

export const seriesInput = z
  .object({
    slug: z.string().trim().toLowerCase().min(1, "required").max(80, "tooLong").regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slug"),
    name: localizedText({ max: 200 }),
    description: localizedText({ max: 2000, required: false }),
    hostName: localizedText({ max: 200 }),
    // A web address the public will follow: http(s) only (no javascript:, data: or mailto:).
    hostUrl: z.union([z.literal(""), z.string().trim().max(500, "tooLong").pipe(z.url({ protocol: /^https?$/, error: "url" }))]).optional().transform((v) => v || null),
    defaultTimeZone: z.string().trim().refine(isTimeZone, "timeZone"),
    recurrence: z.enum(["NONE", "YEARLY", "MONTHLY"], { message: "invalid" }),
    recurrenceInterval: z.coerce.number().int("invalid").min(1, "outOfRange").max(120, "outOfRange"),
    byMonth: optionalInt(1, 12),
    byWeekday: optionalInt(0, 6),
    bySetPos: optionalInt(-1, 5).refine((v) => v !== 0, "outOfRange"),
    byMonthDay: optionalInt(1, 31),
  })
  .superRefine((v, ctx) => {
    if ((v.byWeekday === null) !== (v.bySetPos === null)) ctx.addIssue({ code: "custom", path: ["bySetPos"], message: "weekdayNeedsPosition" });
    if (v.byWeekday !== null && v.byMonthDay !== null) ctx.addIssue({ code: "custom", path: ["byMonthDay"], message: "eitherWeekdayOrDay" });
  });

export type SeriesInput = z.infer<typeof seriesInput>;

export const seriesUpdateInput = z.object({ id: z.string().min(1).max(40) }).and(seriesInput);

/** Every outcome a series write can have (each has a message in reasons.*). */
export const SERIES_REASONS = reasons([] as const);
export type SeriesReason = (typeof SERIES_REASONS)[number];
