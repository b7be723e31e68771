// Localized text as entered in forms: English required, the five other languages optional.
import { z } from "zod";
import { LOCALES } from "./config";

export function localizedText(opts: { max: number; required?: boolean }) {
  const text = z
    .string()
    .trim()
    .max(opts.max, "tooLong")
    .optional()
    .transform((v) => (v ? v : undefined));
  const shape = Object.fromEntries(LOCALES.map((l) => [l, l === "en" && opts.required !== false ? z.string({ error: "required" }).trim().min(1, "required").max(opts.max, "tooLong") : text]));
  return z.object(shape).transform((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, string>);
}

export type LocalizedText = Record<string, string>;
