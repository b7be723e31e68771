// The six official UN languages. Arabic is written right to left.
export const LOCALES = ["en", "ar", "zh", "fr", "ru", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function dirOf(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/** Each language's name in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  ar: "العربية",
  zh: "中文",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

/** Picks the best text of a localized JSON value ({ en: "...", ar: "..." }). */
export function pickLocalized(value: unknown, locale: string): string {
  if (!value || typeof value !== "object") return "";
  const map = value as Record<string, unknown>;
  const own = map[locale];
  if (typeof own === "string" && own.trim()) return own;
  const en = map.en;
  return typeof en === "string" ? en : "";
}
