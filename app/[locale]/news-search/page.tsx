import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parsePageParams, resolveLocale } from "@/lib/i18n/server";
import { localeParams, newsQuery } from "@/lib/params";
import { listPublishedReleases, publicNewsEditions } from "@/lib/press/data";
import { NewsList } from "@/lib/press/components/news-list";

// A search of the news, read per request (free text is never a cache key).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "news" });
  return { title: t("title"), robots: { index: false, follow: true }, alternates: { canonical: `/${locale}/news` } };
}

export default async function NewsSearchPage({ params, searchParams }: Props) {
  const { locale } = await parsePageParams(localeParams, params);
  // A bad search or filter (a NUL byte, a repeated name, a number past 999) is ignored.
  const { edition, q } = newsQuery.parse(await searchParams);
  const [releases, editions] = await Promise.all([
    listPublishedReleases({ locale, editionNumber: edition?.number, seriesSlug: edition?.seriesSlug, q }),
    publicNewsEditions(),
  ]);
  return <NewsList locale={locale} releases={releases} editions={editions} query={{ q, edition }} />;
}
