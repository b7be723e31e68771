import { z } from "zod";
import { reasons } from "@/lib/errors";
import { singleEmailAddress } from "@/lib/email-address";

export const ROLES = ["ORGANIZER", "REVIEWER", "PRESS_OFFICER", "FOCAL_POINT", "DELEGATE", "CHECKIN"] as const;

export const createUserInput = z.object({
  email: singleEmailAddress,
  role: z.enum(ROLES),
  name: z.string().trim().max(200, "tooLong").optional().transform((v) => v || null),
  countryCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "invalid").optional().transform((v) => v || null),
});

export const signInLinkInput = z.object({
  email: singleEmailAddress,
  locale: z.enum(["en", "ar", "zh", "fr", "ru", "es"]).default("en"),
  minutes: z.number().int().min(1).max(24 * 60).default(60),
});

export const ACCOUNT_REASONS = reasons(["USER_DISABLED"] as const);
export type AccountReason = (typeof ACCOUNT_REASONS)[number];
