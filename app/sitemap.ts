import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/press/data";
import { LOCALES } from "@/lib/i18n/config";
import { publicUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Public pages only: embargoed and scheduled releases never appear before their time. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = publicUrl();
  const { series, releases } = await listSitemapEntries();
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
