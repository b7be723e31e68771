import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { isLocalDateTime } from "@/lib/i18n/time-zones";

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

export const releaseStep = z.object({
  releaseId: z.string().min(1).max(40),
  step: z.enum(["submit", "approve", "requestChanges", "publish", "withdraw"]),
  note: z.string().trim().max(1000, "tooLong").optional().transform((v) => v || null),
});

/** Publish at a time: the wall-clock time in the edition's time zone. */
export const releaseTiming = z.object({
  releaseId: z.string().min(1).max(40),
  mode: z.enum(["schedule", "embargo"]),
  publishAt: z.string().trim().min(1, "required").refine(isLocalDateTime, "dateTime"),
});

export const translationApproval = z.object({ releaseId: z.string().min(1).max(40), locale: z.enum(LOCALES) });
export const versionRestore = z.object({ versionId: z.string().min(1).max(40) });
