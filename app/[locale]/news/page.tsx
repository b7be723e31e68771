import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parsePageParams, resolveLocale } from "@/lib/i18n/server";
import { localeParams, MAX_SEARCH_LENGTH, newsQuery } from "@/lib/params";
import { listPublicEditionNumbers, listPublishedReleases } from "@/lib/press/data";
import { dirOf, LOCALE_NAMES, pickLocalized } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";

// Read per request: a release's publication time is checked at the moment of each visit.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "news" });
  return { title: t("title"), alternates: { types: { "application/atom+xml": `/${locale}/news/feed.xml` } } };
}

export default async function NewsPage({ params, searchParams }: Props) {
  const { locale } = await parsePageParams(localeParams, params);
  // A bad search or filter (a NUL byte, a repeated name, a number past 999) is ignored.
  const { edition, q } = newsQuery.parse(await searchParams);
  const [t, te, releases, editions] = await Promise.all([
    getTranslations("news"),
    getTranslations("edition"),
    listPublishedReleases({ locale, editionNumber: edition?.number, seriesSlug: edition?.seriesSlug, q }),
    listPublicEditionNumbers(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} intro={t("intro")} actions={<a href={`/${locale}/news/feed.xml`} className="text-brand-700 underline">{t("feed")}</a>} />
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm font-semibold">
          {t("search")}
          <input type="search" name="q" defaultValue={q} maxLength={MAX_SEARCH_LENGTH} className="rounded border border-gray-500 px-3 py-2 font-normal" />
        </label>
        <label className="flex flex-col text-sm font-semibold">
          {t("edition")}
          <select name="edition" defaultValue={edition ? `${edition.seriesSlug}:${edition.number}` : ""} className="rounded border border-gray-500 px-3 py-2 font-normal">
            <option value="">{t("allEditions")}</option>
            {editions.map((e) => (
              <option key={`${e.series.slug}:${e.number}`} value={`${e.series.slug}:${e.number}`}>{te("title", { number: e.number, name: pickLocalized(e.series.name, locale) })}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{t("apply")}</button>
      </form>
      {releases.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-5">
          {releases.map((r) => (
            <li key={r.id} className="border-b border-gray-200 pb-4" lang={r.textLocale}>
              <p className="text-sm text-gray-700">
                <time dateTime={r.publishedAt!.toISOString()} dir={dirOf(locale)}>{formatDateTime(locale, r.publishedAt!, r.edition.timeZone)}</time> · {te("title", { number: r.edition.number, name: pickLocalized(r.edition.series.name, locale) })}
              </p>
              <h2 className="text-xl font-semibold">
                <Link href={`/news/${r.slug}`} className="text-brand-800 hover:underline">{r.text.title}</Link>
              </h2>
              {r.text.summary && <p className="text-gray-800">{r.text.summary}</p>}
              {r.textLocale !== locale && <p className="text-sm text-gray-700" lang={locale} dir={dirOf(locale)}>{t("shownIn", { language: LOCALE_NAMES[r.textLocale as keyof typeof LOCALE_NAMES] })}</p>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
