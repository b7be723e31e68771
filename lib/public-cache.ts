// Cached reads for the public pages. Organizer changes invalidate the tag (updateTag in
// their server actions); a time limit bounds staleness on other instances, whose caches
// this instance cannot reach.
import { unstable_cache } from "next/cache";

export const PUBLIC_TAG = "public-series";
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

export function cachedPublic<A extends unknown[], R>(fn: (...args: A) => Promise<R>, key: string): (...args: A) => Promise<R> {
  const cachedFn = unstable_cache(fn, [key], { tags: [PUBLIC_TAG], revalidate: PUBLIC_REVALIDATE_SECONDS });
  return async (...args: A) => reviveDates(await cachedFn(...args));
}
