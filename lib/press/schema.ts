import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { reasons } from "@/lib/errors";
import { MAX_SLUG, SLUG_SHAPE } from "./slug";
import { localDateTime } from "@/lib/i18n/time-zones";

export const releaseText = z.object({
  releaseId: z.string().min(1).max(40),
  locale: z.enum(LOCALES),
  title: z.string({ error: "required" }).trim().min(1, "required").max(200, "tooLong"),
  summary: z.string().trim().max(600, "tooLong").optional().transform((v) => v || null),
  body: z.string({ error: "required" }).trim().min(1, "required").max(50_000, "tooLong"),
});
export type ReleaseText = z.infer<typeof releaseText>;

export const newRelease = z.object({
  editionId: z.string().min(1, "required").max(40),
  sourceLocale: z.enum(LOCALES).default("en"),
});

/** The approval of a correction: what was corrected, in a sentence the public reads. */
export const correctionApproval = z.object({
  releaseId: z.string().min(1).max(40),
  locale: z.enum(LOCALES),
  note: z.string({ error: "required" }).trim().min(1, "required").max(300, "tooLong"),
});
export const correctionRef = z.object({ releaseId: z.string().min(1).max(40), locale: z.enum(LOCALES) });

/** The public address, set by a person before the release first leaves. */
export const releaseSlug = z.object({
  releaseId: z.string().min(1).max(40),
  // Empty: the headline decides when the release first leaves.
  slug: z.union([z.literal(""), z.string().trim().toLowerCase().max(MAX_SLUG, "tooLong").regex(SLUG_SHAPE, "slug")]).transform((v) => v || null),
});

/** The workflow steps a person takes with one button (timing has its own form). */
export const PRESS_STEPS = ["submit", "approve", "requestChanges", "publish", "withdraw", "redraft"] as const;
export type PressStep = (typeof PRESS_STEPS)[number];

/** The version a reviewer read: approval names it, so a text saved meanwhile is never approved unseen. */
const seenVersion = z.coerce.number().int().min(1).max(1_000_000);

export const releaseStep = z
  .object({
    releaseId: z.string().min(1).max(40),
    step: z.enum(PRESS_STEPS),
    note: z.string().trim().max(1000, "tooLong").optional().transform((v) => v || null),
    version: seenVersion.optional(),
  })
  .refine((v) => v.step !== "approve" || v.version !== undefined, { path: ["version"], message: "required" })
  // A withdrawal says why (the public page shows it); sending back to draft says what to change.
  .refine((v) => (v.step !== "withdraw" && v.step !== "requestChanges") || !!v.note, { path: ["note"], message: "required" });

/** Publish at a time: the wall-clock time in the edition's time zone. */
export const releaseTiming = z.object({
  releaseId: z.string().min(1).max(40),
  mode: z.enum(["schedule", "embargo"]),
  publishAt: localDateTime,
});

export const translationApproval = z.object({ releaseId: z.string().min(1).max(40), locale: z.enum(LOCALES), version: seenVersion });
export const versionRestore = z.object({ versionId: z.string().min(1).max(40) });

/** Every outcome a newsroom write can have (each has a message in reasons.*). */
export const PRESS_REASONS = reasons(["INVALID_TRANSITION", "PUBLISHED_LOCKED", "TRANSLATION_OUTDATED", "VERSION_CHANGED"] as const);
export type PressReason = (typeof PRESS_REASONS)[number];
