// Server-side translation outside React (emails, PDFs, jobs): the same catalogues.
import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import en from "./messages/en.json";
import ar from "./messages/ar.json";
import zh from "./messages/zh.json";
import fr from "./messages/fr.json";
import ru from "./messages/ru.json";
import es from "./messages/es.json";

export const CATALOGUES: Record<Locale, typeof en> = { en, ar, zh, fr, ru, es };

type Values = Record<string, string | number | Date>;

/** A translator for one namespace; keys are checked by the catalogue test, not the compiler. */
export function translator(locale: Locale, namespace?: string): (key: string, values?: Values) => string {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: namespace as never });
  return (key, values) => (t as unknown as (k: string, v?: Values) => string)(key, values);
}
