import { getTranslations } from "next-intl/server";
import { publicUrl } from "@/lib/env";
import { isLocale, pickLocalized } from "@/lib/i18n/config";
import { getPublicSeries } from "@/lib/series/data";
import { getPublicEdition } from "./data";
import { editionsCalendar } from "./ical";

/** The .ics of a series (all public editions) or of one of its editions. */
export async function calendarResponse(opts: { locale: string; slug: string; number?: number }): Promise<Response> {
  if (!isLocale(opts.locale)) return new Response("Not found", { status: 404 });
  const series = await getPublicSeries(opts.slug);
  const listed = series?.editions.filter((e) => opts.number === undefined || e.number === opts.number) ?? [];
  if (!series || listed.length === 0) return new Response("Not found", { status: 404 });
  // An edition's own file carries its programme too: each session an event at its own time.
  const programme = opts.number === undefined ? null : await getPublicEdition(series.slug, opts.number);
  const editions = listed.map((e) => (programme && programme.id === e.id ? { ...e, sessions: programme.sessions } : e));
  const te = await getTranslations({ locale: opts.locale, namespace: "edition" });
  const name = pickLocalized(series.name, opts.locale);
  const body = editionsCalendar({
    name: opts.number === undefined ? name : te("title", { number: opts.number, name }),
    locale: opts.locale,
    baseUrl: publicUrl(),
    seriesSlug: series.slug,
    titleOf: (number) => te("title", { number, name }),
    editions,
  });
  const file = opts.number === undefined ? `${series.slug}.ics` : `${series.slug}-${opts.number}.ics`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${file}"`,
    },
  });
}
