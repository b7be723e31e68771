// Cached reads for the public pages, in the cache every instance shares (lib/cache/store.mjs).
// Each read carries the tag of the data it shows, and the page that reads it inherits the
// tag: invalidating the tag — updateTag in an organizer's server action, invalidatePublic in
// a job, whichever process runs it — drops the reads and the pages on every instance at once.
// The time limit only refreshes what depends on the clock (an edition becoming "held").
import { unstable_cache } from "next/cache";
import { expireTags } from "@/lib/cache/store.mjs";
import { expireTagsWithin } from "@/lib/cache/transactional";
import type { Tx } from "@/lib/db";

/** Series, editions, programme and the seats shown on public pages. */
export const PUBLIC_TAG = "public-series";
/** Published press releases: the news list, release pages, feeds and the sitemap. */
export const NEWS_TAG = "public-news";
export type PublicTag = typeof PUBLIC_TAG | typeof NEWS_TAG;
export const PUBLIC_REVALIDATE_SECONDS = 60;

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The cache stores JSON; bring Date values back. */
function reviveDates<T>(value: T): T {
  if (typeof value === "string") return (ISO.test(value) ? new Date(value) : value) as T;
  if (Array.isArray(value)) return value.map(reviveDates) as T;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reviveDates(v)])) as T;
  }
  return value;
}

/**
 * A read of public data, cached under `key` and its arguments with `tags`. Use it only with
 * arguments from a bounded set (a slug, a locale), never with free text such as a search.
 */
export function cachedPublic<A extends unknown[], R>(fn: (...args: A) => Promise<R>, key: string, tags: PublicTag[] = [PUBLIC_TAG]): (...args: A) => Promise<R> {
  const cachedFn = unstable_cache(fn, [key], { tags, revalidate: PUBLIC_REVALIDATE_SECONDS });
  return async (...args: A) => reviveDates(await cachedFn(...args));
}

/** Invalidates public data outside a server action (a job): every instance, at once. */
export async function invalidatePublic(...tags: PublicTag[]): Promise<void> {
  await expireTags(tags);
}

/**
 * Invalidates public data in the transaction that changes it: every instance hears of it at
 * the commit. Invalidate once more after the commit (updateTag, invalidatePublic).
 */
export async function invalidatePublicWithin(tx: Tx, ...tags: PublicTag[]): Promise<void> {
  await expireTagsWithin(tx, tags);
}
