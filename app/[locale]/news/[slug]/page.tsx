import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parsePageParams } from "@/lib/i18n/server";
import { slugParams } from "@/lib/params";
import { publicMovedSlug, publicRelease, publicWithdrawnRelease } from "@/lib/press/data";
import { renderMarkdown } from "@/lib/press/markdown";
import { dirOf, isLocale, LOCALE_NAMES, pickLocalized, type Locale } from "@/lib/i18n/config";
import { formatDateRange, formatDateTime } from "@/lib/i18n/format";
import { publicUrl } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";

// A cached page, dropped on every instance when the release is published, corrected or
// withdrawn (lib/public-cache.ts); the time limit is PUBLIC_REVALIDATE_SECONDS.
export const revalidate = 60;
export function generateStaticParams() {
  return []; // nothing at build time: rendered on first visit, then cached
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await parsePageParams(slugParams, params);
  const r = await publicRelease(slug, locale);
  if (!r) return (await publicWithdrawnRelease(slug)) ? { robots: { index: false, follow: false } } : {};
  return {
    title: r.text.title,
    description: r.text.summary ?? undefined,
    alternates: { languages: Object.fromEntries(r.languages.map((l) => [l, `/${l}/news/${r.slug}`])) },
    openGraph: { type: "article", title: r.text.title, description: r.text.summary ?? undefined, publishedTime: r.publishedAt?.toISOString(), locale: r.text.locale, url: `${publicUrl()}/${locale}/news/${r.slug}`, siteName: "Plenary" },
  };
}

export default async function ReleasePublicPage({ params }: Props) {
  const { locale, slug } = await parsePageParams(slugParams, params);
  const r = await publicRelease(slug, locale);
  if (!r) {
    // Withdrawn: its text is gone; the page says so, when and why.
    const w = await publicWithdrawnRelease(slug);
    if (!w) {
      // An earlier address (a changed headline, a link sent under embargo) leads to the release.
      const moved = await publicMovedSlug(slug);
      if (moved) permanentRedirect(`/${locale}/news/${moved}`);
      notFound();
    }
    const tw = await getTranslations("news");
    const title = (w.translations.find((x) => x.locale === locale) ?? w.translations.find((x) => x.locale === w.sourceLocale))?.title;
    return (
      <article className="mx-auto max-w-3xl">
        <h1 className="text-3xl font-semibold text-brand-900">{tw("withdrawnTitle")}</h1>
        {title && <p className="mt-2 text-lg text-gray-800" dir="auto">{title}</p>}
        <div role="status" className="mt-4 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">{tw("withdrawnOn", { date: formatDateTime(locale, w.withdrawnAt ?? new Date(0), w.edition.timeZone) })}</p>
          {w.withdrawalReason && <p className="mt-1" dir="auto">{w.withdrawalReason}</p>}
        </div>
        <p className="mt-6"><Link href="/news" className="text-brand-800 underline">{tw("backToNews")}</Link></p>
      </article>
    );
  }
  const [t, te] = await Promise.all([getTranslations("news"), getTranslations("edition")]);
  const textLocale = r.text.locale as Locale;
  const name = pickLocalized(r.edition.series.name, locale);
  const url = `${publicUrl()}/${locale}/news/${r.slug}`;
  const share = `mailto:?subject=${encodeURIComponent(r.text.title)}&body=${encodeURIComponent(`${r.text.summary ?? r.text.title}\n\n${url}`)}`;
  return (
    <article className="mx-auto max-w-3xl" lang={textLocale} dir={dirOf(textLocale)}>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700" lang={locale}>{t("pressRelease")}</p>
      {textLocale !== locale && (
        <p className="mt-2 rounded border-s-4 border-amber-600 bg-amber-50 p-2 text-sm text-amber-950" lang={locale} dir={dirOf(locale)}>{t("shownIn", { language: LOCALE_NAMES[textLocale] })}</p>
      )}
      <h1 className="mt-1 text-3xl font-semibold text-brand-900">{r.text.title}</h1>
      {r.text.summary && <p className="mt-3 text-lg text-gray-800">{r.text.summary}</p>}
      <p className="mt-3 text-sm text-gray-700" lang={locale}>
        <time dateTime={r.publishedAt!.toISOString()} dir={dirOf(locale)}>{formatDateTime(locale, r.publishedAt!, r.edition.timeZone)}</time>
      </p>
      {r.correctedAt && (
        <p className="mt-2 rounded border-s-4 border-brand-600 bg-brand-50 p-2 text-sm" lang={locale} dir={dirOf(locale)}>
          {t("updatedOn", { date: formatDateTime(locale, r.correctedAt, r.edition.timeZone) })}
          {r.correctionNote && <> — <bdi>{r.correctionNote}</bdi></>}
        </p>
      )}
      <div className="prose-release mt-6" dangerouslySetInnerHTML={{ __html: renderMarkdown(r.text.body) }} />
      <aside aria-label={t("factsHeading")} className="mt-8 rounded border border-gray-300 p-4" lang={locale} dir={dirOf(locale)}>
        <h2 className="mb-2 font-semibold">{t("factsHeading")}</h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("edition")}</dt>
          <dd><Link href={`/series/${r.edition.series.slug}/${r.edition.number}`} className="text-brand-700 underline">{te("title", { number: r.edition.number, name })}</Link></dd>
          <dt className="font-semibold">{t("theme")}</dt>
          <dd>{pickLocalized(r.edition.theme, locale)}</dd>
          <dt className="font-semibold">{t("dates")}</dt>
          <dd>{formatDateRange(locale, r.edition.startsAt, r.edition.endsAt, r.edition.timeZone)}</dd>
          <dt className="font-semibold">{t("host")}</dt>
          <dd>{pickLocalized(r.edition.series.hostName, locale)}</dd>
        </dl>
      </aside>
      <footer className="no-print mt-6 flex flex-wrap gap-4" lang={locale} dir={dirOf(locale)}>
        <a href={share} className="text-brand-700 underline">{t("shareByEmail")}</a>
        {r.languages.filter((l) => l !== locale && isLocale(l)).map((l) => (
          <Link key={l} href={`/news/${r.slug}`} locale={l as Locale} lang={l} className="text-brand-700 underline">{LOCALE_NAMES[l as Locale]}</Link>
        ))}
      </footer>
    </article>
  );
}
