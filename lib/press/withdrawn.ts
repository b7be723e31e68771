// Which release addresses answer 410 Gone, for the proxy on every request to a release page:
// read once, kept in memory, and read again when the newsroom's tag is invalidated on any
// instance (or this instance stops hearing invalidations).
import "server-only";
import { isListening, onInvalidation } from "@/lib/cache/store.mjs";
import { NEWS_TAG } from "@/lib/public-cache";
import { listWithdrawnSlugs } from "./data";

let slugs: Promise<Set<string>> | undefined;
let subscribed: Promise<unknown> | undefined;

async function read(): Promise<Set<string>> {
  return new Set(await listWithdrawnSlugs());
}

export async function isWithdrawnSlug(slug: string): Promise<boolean> {
  subscribed ??= onInvalidation((tags) => {
    if (tags.length === 0 || tags.includes(NEWS_TAG)) slugs = undefined;
  }).catch((e: unknown) => {
    subscribed = undefined;
    console.error("[cache] the proxy hears no invalidations:", e instanceof Error ? e.message : e);
  });
  await subscribed;
  if (!isListening()) return (await read()).has(slug);
  // Assigned before the read: an invalidation during the read clears it, and the next request reads again.
  const current = (slugs ??= read().catch((e: unknown) => {
    slugs = undefined;
    throw e;
  }));
  return (await current).has(slug);
}
