import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./config";

/**
 * The locale of a page's params, validated. Pages render in parallel with their layout, so
 * each page checks it too: an unknown first path segment is a 404, never a crash.
 */
export async function resolveLocale<P extends { locale: string }>(params: Promise<P>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
