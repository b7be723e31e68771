import { z } from "zod";
import { localizedText } from "@/lib/i18n/localized";
import { localDateTime } from "@/lib/i18n/time-zones";
import { LOCALES } from "@/lib/i18n/config";
import { reasons } from "@/lib/errors";

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

const optionalId = z.string().max(40, "tooLong").optional().transform((v) => v || undefined);
/** A new session (no id) or a change to one. */
export const saveSessionInput = z.object({ id: optionalId }).and(sessionInput);
export const deleteSessionInput = z.object({ id: z.string().min(1, "required").max(40, "tooLong") });

export const PROGRAMME_REASONS = reasons([] as const);
export type ProgrammeReason = (typeof PROGRAMME_REASONS)[number];
