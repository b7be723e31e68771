import { Feed } from "feed";
import { getTranslations } from "next-intl/server";
import { publicReleaseList } from "@/lib/press/data";
import { renderMarkdown } from "@/lib/press/markdown";
import { localeParams, parseRouteParams } from "@/lib/params";
import { publicUrl } from "@/lib/env";

// Cached, dropped on every instance when a release is published, corrected or withdrawn.
export const revalidate = 60;
export function generateStaticParams() {
  return []; // nothing at build time: rendered on first visit, then cached
}

/** The Atom feed of one language: releases published and approved in that language. */
export async function GET(_req: Request, { params }: { params: Promise<{ locale: string }> }) {
  const parsed = parseRouteParams(localeParams, await params);
  if (!parsed) return new Response("Not found", { status: 404 });
  const { locale } = parsed;
  const t = await getTranslations({ locale, namespace: "news" });
  const base = publicUrl();
  const releases = await publicReleaseList(locale, true);
  const feed = new Feed({
    title: t("feedTitle"),
    description: t("intro"),
    id: `${base}/${locale}/news`,
    link: `${base}/${locale}/news`,
    language: locale,
    updated: releases[0]?.publishedAt ?? new Date(0),
    feedLinks: { atom: `${base}/${locale}/news/feed.xml` },
    copyright: "",
    generator: "Plenary",
  });
  for (const r of releases) {
    const link = `${base}/${locale}/news/${r.slug}`;
    feed.addItem({ id: link, link, title: r.text.title, description: r.text.summary ?? undefined, content: renderMarkdown(r.text.body), date: r.correctedAt ?? r.publishedAt!, published: r.publishedAt! }); // a correction is an update of the entry
  }
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
