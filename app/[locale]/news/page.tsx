import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parsePageParams, resolveLocale } from "@/lib/i18n/server";
import { localeParams } from "@/lib/params";
import { publicNewsEditions, publicReleaseList } from "@/lib/press/data";
import { NewsList } from "@/lib/press/components/news-list";

// A cached page, dropped on every instance when a release is published, corrected or
// withdrawn (lib/public-cache.ts). A search is read per request at /{locale}/news-search.
// The time limit is PUBLIC_REVALIDATE_SECONDS (Next needs the number written here).
export const revalidate = 60;
export function generateStaticParams() {
  return []; // nothing at build time: rendered on first visit, then cached
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "news" });
  return { title: t("title"), alternates: { types: { "application/atom+xml": `/${locale}/news/feed.xml` } } };
}

export default async function NewsPage({ params }: Props) {
  const { locale } = await parsePageParams(localeParams, params);
  const [releases, editions] = await Promise.all([publicReleaseList(locale, false), publicNewsEditions()]);
  return <NewsList locale={locale} releases={releases} editions={editions} />;
}
