import type { MetadataRoute } from "next";
import { publicSitemapEntries } from "@/lib/press/data";
import { LOCALES } from "@/lib/i18n/config";
import { publicUrl } from "@/lib/env";

// Cached, dropped on every instance when public data changes (lib/public-cache.ts).
export const revalidate = 60;

/** Public pages only: embargoed and scheduled releases never appear before their time. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // `next build` has no database: the sitemap is made at the first request, then cached.
  if (process.env.NEXT_PHASE === "phase-production-build") return [];
  const base = publicUrl();
  const { series, releases } = await publicSitemapEntries();
  const out: MetadataRoute.Sitemap = [];
  for (const l of LOCALES) {
    out.push({ url: `${base}/${l}` }, { url: `${base}/${l}/news` });
    for (const s of series) {
      out.push({ url: `${base}/${l}/series/${s.slug}`, lastModified: s.updatedAt });
      for (const e of s.editions) out.push({ url: `${base}/${l}/series/${s.slug}/${e.number}`, lastModified: e.updatedAt });
    }
  }
  for (const r of releases) for (const t of r.translations) out.push({ url: `${base}/${t.locale}/news/${r.slug}`, lastModified: r.updatedAt });
  return out;
}
