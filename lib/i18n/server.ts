import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import type { z } from "zod";
import { localeParams } from "@/lib/params";
import type { Locale } from "./config";

/**
 * A page's params parsed with their schema (lib/params.ts); anything else is a 404, never a
 * query. Pages render in parallel with their layout, so each page checks its params itself.
 */
export async function parsePageParams<S extends z.ZodType<{ locale: Locale }>>(schema: S, params: Promise<unknown>): Promise<z.output<S>> {
  const parsed = schema.safeParse(await params);
  if (!parsed.success) notFound();
  setRequestLocale(parsed.data.locale);
  return parsed.data;
}

/** The locale of a page's params, validated: an unknown first path segment is a 404. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  return (await parsePageParams(localeParams, params)).locale;
}
