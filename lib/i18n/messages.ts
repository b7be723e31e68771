// Server-side translation outside React (emails, PDFs, jobs): the same catalogues.
import { createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import type { Locale } from "./config";
import en from "./messages/en.json";
import ar from "./messages/ar.json";
import zh from "./messages/zh.json";
import fr from "./messages/fr.json";
import ru from "./messages/ru.json";
import es from "./messages/es.json";

export const CATALOGUES: Record<Locale, typeof en> = { en, ar, zh, fr, ru, es };

/** A translator for one namespace, typed like useTranslations: a misspelt key fails `tsc`. */
export function translator<N extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: CATALOGUES[locale] as Messages, namespace });
}
