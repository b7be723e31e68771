import { z } from "zod";
import { localizedText } from "@/lib/i18n/localized";
import { isLocalDateTime } from "@/lib/i18n/time-zones";
import { LOCALES } from "@/lib/i18n/config";

const localDateTime = z.string().trim().min(1, "required").refine(isLocalDateTime, "dateTime");

/** "Name; position; affiliation" per line. */
const people = z
  .string()
  .max(4000, "tooLong")
  .optional()
  .transform((v) =>
    (v ?? "")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [name, position, affiliation] = line.split(";").map((p) => p.trim());
        return { name, position: position || null, affiliation: affiliation || null };
      }),
  )
  .refine((list) => list.every((p) => p.name.length > 0 && p.name.length <= 200), "tooLong");

export const sessionInput = z
  .object({
    editionId: z.string().min(1).max(40),
    title: localizedText({ max: 300 }),
    startsAt: localDateTime,
    endsAt: localDateTime,
    room: z.string().trim().max(100, "tooLong").optional().transform((v) => v || null),
    language: z.union([z.literal(""), z.enum(LOCALES)]).optional().transform((v) => v || null),
    chair: z.string().trim().max(200, "tooLong").optional().transform((v) => v || null),
    speakers: people,
  })
  .superRefine((v, ctx) => {
    if (v.endsAt <= v.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "endBeforeStart" });
  });

export type SessionInput = z.infer<typeof sessionInput>;
