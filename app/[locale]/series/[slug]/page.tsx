import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parsePageParams } from "@/lib/i18n/server";
import { slugParams } from "@/lib/params";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/config";
import { formatDateRange } from "@/lib/i18n/format";
import { getPublicSeries } from "@/lib/series/data";
import { EDITION_STATUS_TONE, isPast } from "@/lib/editions/status";
import { StatusBadge } from "@/components/ui/status-badge";

// Static pages, rendered on first visit and cached (ISR); an organizer's change
// invalidates them at once through the data's cache tag.
export const revalidate = 60;
export function generateStaticParams() {
  return []; // nothing at build time: the database is not needed to build
}


type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await parsePageParams(slugParams, params);
  const series = await getPublicSeries(slug);
  return series ? { title: pickLocalized(series.name, locale), description: pickLocalized(series.description, locale) } : {};
}

export default async function SeriesPage({ params }: Props) {
  const { locale, slug } = await parsePageParams(slugParams, params);
  const series = await getPublicSeries(slug);
  if (!series) notFound();
  const t = await getTranslations("series");
  const te = await getTranslations("edition");
  const name = pickLocalized(series.name, locale);
  const upcoming = series.editions.filter((e) => !isPast(e.status)).reverse();
  const past = series.editions.filter((e) => isPast(e.status));
  const list = (editions: typeof series.editions, heading: string, id: string, empty: string) => (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-3 text-xl font-semibold">{heading}</h2>
      {editions.length === 0 ? (
        <p className="text-gray-700">{empty}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {editions.map((e) => (
            <li key={e.id} className="rounded border border-gray-300 p-4">
              <h3 className="font-semibold">
                <Link href={`/series/${series.slug}/${e.number}`} className="text-brand-700 hover:underline">
                  {te("title", { number: e.number, name })}
                </Link>
              </h3>
              <p className="text-gray-800">{pickLocalized(e.theme, locale)}</p>
              <p className="mt-1 flex flex-wrap items-center gap-3 text-sm text-gray-700">
                <span>{formatDateRange(locale, e.startsAt, e.endsAt, e.timeZone)}</span>
                {e.city && <span>{e.city}</span>}
                <StatusBadge label={te(`status.${e.status}`)} tone={EDITION_STATUS_TONE[e.status]} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
  return (
    <article>
      <h1 className="text-3xl font-semibold text-brand-900">{name}</h1>
      <p className="mt-2 text-gray-700">{t("hostedBy", { host: pickLocalized(series.hostName, locale) })}</p>
      {series.description && <p className="mt-3 max-w-3xl text-lg">{pickLocalized(series.description, locale)}</p>}
      <p className="mt-3">
        <a href={`/${locale}/series/${series.slug}/calendar.ics`} className="text-brand-700 underline">{t("calendarFeed")}</a>
      </p>
      {list(upcoming, t("upcoming"), "upcoming-heading", t("noUpcoming"))}
      {list(past, t("past"), "past-heading", t("noPast"))}
    </article>
  );
}
