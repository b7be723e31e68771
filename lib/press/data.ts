import "server-only";
import { PUBLIC_EDITION, PUBLIC_SERIES } from "@/lib/editions/status";
import { cachedPublic, NEWS_TAG, PUBLIC_TAG } from "@/lib/public-cache";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";

export async function listReleasesForAdmin() {
  return db.pressRelease.findMany({
    orderBy: { updatedAt: "desc" },
    include: {
      edition: { select: { number: true, series: { select: { name: true } } } },
      translations: { select: { locale: true, status: true, title: true } },
    },
  });
}

export async function listEditionsForNewsroom() {
  return db.edition.findMany({ orderBy: [{ startsAt: "desc" }], select: { id: true, number: true, series: { select: { name: true } } } });
}

export async function getReleaseForAdmin(id: string) {
  return db.pressRelease.findUnique({
    where: { id },
    include: {
      edition: { select: { id: true, number: true, timeZone: true, series: { select: { name: true, slug: true } } } },
      translations: true,
      corrections: { where: { status: "DRAFT" } },
      versions: { orderBy: [{ locale: "asc" }, { number: "desc" }], include: { author: { select: { name: true, email: true } } } },
      transitions: { orderBy: { at: "desc" }, include: { actor: { select: { name: true, email: true } } } },
      createdBy: { select: { name: true, email: true } },
      approvedBy: { select: { name: true, email: true } },
    },
  });
}

export async function getVersions(ids: string[]) {
  return db.pressReleaseVersion.findMany({ where: { id: { in: ids } }, include: { author: { select: { name: true, email: true } } } });
}

/** What waits for a reviewer: releases in review and translations not yet approved. */
export async function getReviewQueue() {
  const [releases, translations] = await Promise.all([
    db.pressRelease.findMany({ where: { status: "IN_REVIEW" }, orderBy: { updatedAt: "asc" }, include: { translations: { select: { locale: true, title: true } } } }),
    db.pressTranslation.findMany({ where: { status: "DRAFT", release: { status: { not: "WITHDRAWN" } } }, include: { release: { select: { id: true, sourceLocale: true } } } }),
  ]);
  return { releases, translations: translations.filter((t) => t.locale !== t.release.sourceLocale) };
}

// ─── public ───
// Published means status PUBLISHED and a publication time that has passed: an embargoed
// or scheduled release is never read here, whatever the URL, feed, sitemap or search.
const publishedWhere = (now: Date) => ({ status: "PUBLISHED" as const, publishedAt: { lte: now } });

/** Published releases with their text in `locale` where approved, else in the source language. */
export async function listPublishedReleases(opts: { locale: Locale; editionNumber?: number; seriesSlug?: string; q?: string; take?: number; onlyInLocale?: boolean; now?: Date }) {
  const now = opts.now ?? new Date();
  const q = opts.q?.trim();
  const rows = await db.pressRelease.findMany({
    where: {
      ...publishedWhere(now),
      ...(opts.editionNumber ? { edition: { number: opts.editionNumber, ...(opts.seriesSlug ? { series: { slug: opts.seriesSlug } } : {}) } } : {}),
      ...(q
        ? { translations: { some: { status: "APPROVED", OR: [{ title: { contains: q, mode: "insensitive" as const } }, { summary: { contains: q, mode: "insensitive" as const } }, { body: { contains: q, mode: "insensitive" as const } }] } } }
        : {}),
    },
    orderBy: { publishedAt: "desc" },
    take: opts.take ?? 50,
    include: {
      edition: { select: { number: true, theme: true, timeZone: true, series: { select: { slug: true, name: true } } } },
      translations: { where: { status: "APPROVED" } },
    },
  });
  return rows
    .map((r) => {
      const own = r.translations.find((t) => t.locale === opts.locale);
      const text = own ?? r.translations.find((t) => t.locale === r.sourceLocale);
      return text ? { ...r, text, textLocale: text.locale, languages: r.translations.map((t) => t.locale) } : null;
    })
    .filter((r): r is NonNullable<typeof r> => r !== null && (!opts.onlyInLocale || r.textLocale === opts.locale));
}

export async function getPublishedRelease(slug: string, locale: Locale, now = new Date()) {
  const r = await db.pressRelease.findFirst({
    where: { slug, ...publishedWhere(now) },
    include: {
      edition: { select: { number: true, theme: true, startsAt: true, endsAt: true, timeZone: true, city: true, venue: true, series: { select: { slug: true, name: true, hostName: true } } } },
      translations: { where: { status: "APPROVED" } },
    },
  });
  if (!r) return null;
  const text = r.translations.find((t) => t.locale === locale) ?? r.translations.find((t) => t.locale === r.sourceLocale);
  return text ? { ...r, text, languages: r.translations.map((t) => t.locale) } : null;
}

/** The current address of a release that had `slug` before (it redirects), or null. */
export async function currentSlugOf(slug: string) {
  return (await db.pressSlug.findUnique({ where: { slug }, select: { release: { select: { slug: true } } } }))?.release.slug ?? null;
}

/** The slugs of withdrawn releases (the proxy answers their address 410 Gone). */
export async function listWithdrawnSlugs(): Promise<string[]> {
  return (await db.pressRelease.findMany({ where: { status: "WITHDRAWN" }, select: { slug: true } })).map((r) => r.slug);
}

/** A withdrawn release's public notice: when and why (its text is gone from every public page). */
export async function getWithdrawnRelease(slug: string) {
  return db.pressRelease.findFirst({
    where: { slug, status: "WITHDRAWN" },
    select: { slug: true, withdrawnAt: true, withdrawalReason: true, edition: { select: { timeZone: true } }, translations: { where: { status: "APPROVED" }, select: { locale: true, title: true } }, sourceLocale: true },
  });
}

export async function listPublicEditionNumbers() {
  return db.edition.findMany({ where: { pressReleases: { some: { status: "PUBLISHED" } } }, orderBy: { number: "desc" }, select: { number: true, series: { select: { slug: true, name: true } } } });
}

export async function listSitemapEntries(now = new Date()) {
  const [series, releases] = await Promise.all([
    db.series.findMany({ where: PUBLIC_SERIES, select: { slug: true, updatedAt: true, editions: { where: PUBLIC_EDITION, select: { number: true, updatedAt: true } } } }),
    db.pressRelease.findMany({ where: publishedWhere(now), select: { slug: true, updatedAt: true, translations: { where: { status: "APPROVED" }, select: { locale: true } } } }),
  ]);
  return { series, releases };
}

// ─── the same reads, cached for the public pages (tag NEWS_TAG: a publication, correction or
// withdrawal drops them on every instance). Only arguments from a bounded set: a search goes
// to the database each time (listPublishedReleases with q).
export const publicReleaseList = cachedPublic(
  (locale: Locale, onlyInLocale: boolean) => listPublishedReleases({ locale, onlyInLocale, take: 50 }),
  "news-list",
  [NEWS_TAG, PUBLIC_TAG],
);
export const publicRelease = cachedPublic((slug: string, locale: Locale) => getPublishedRelease(slug, locale), "news-release", [NEWS_TAG, PUBLIC_TAG]);
export const publicWithdrawnRelease = cachedPublic(getWithdrawnRelease, "news-withdrawn", [NEWS_TAG]);
export const publicMovedSlug = cachedPublic(currentSlugOf, "news-moved", [NEWS_TAG]);
export const publicNewsEditions = cachedPublic(listPublicEditionNumbers, "news-editions", [NEWS_TAG, PUBLIC_TAG]);
export const publicSitemapEntries = cachedPublic(() => listSitemapEntries(), "sitemap", [NEWS_TAG, PUBLIC_TAG]);
export const publicWithdrawnSlugs = cachedPublic(listWithdrawnSlugs, "news-withdrawn-slugs", [NEWS_TAG]);
