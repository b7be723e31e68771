// The news list: every published release (a cached page) or the results of a search (read
// per request, at /{locale}/news-search).
import { getTranslations } from "next-intl/server";
import { MAX_SEARCH_LENGTH } from "@/lib/params";
import { dirOf, LOCALE_NAMES, pickLocalized, type Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";
import type { listPublicEditionNumbers, listPublishedReleases } from "../data";

type Props = {
  locale: Locale;
  releases: Awaited<ReturnType<typeof listPublishedReleases>>;
  editions: Awaited<ReturnType<typeof listPublicEditionNumbers>>;
  query?: { q?: string; edition?: { seriesSlug: string; number: number } };
};

export async function NewsList({ locale, releases, editions, query }: Props) {
  const [t, te] = await Promise.all([getTranslations("news"), getTranslations("edition")]);
  const edition = query?.edition;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} intro={t("intro")} actions={<a href={`/${locale}/news/feed.xml`} className="text-brand-700 underline">{t("feed")}</a>} />
      <form method="get" action={`/${locale}/news-search`} role="search" className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm font-semibold">
          {t("search")}
          <input type="search" name="q" defaultValue={query?.q} maxLength={MAX_SEARCH_LENGTH} className="rounded border border-gray-500 px-3 py-2 font-normal" />
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
