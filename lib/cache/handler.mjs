// @ts-check
// Next.js's cache handler (next.config.js `cacheHandler`): rendered pages, route answers and
// unstable_cache reads go to the store every instance shares (lib/cache/store.mjs), and
// revalidateTag/updateTag/revalidatePath invalidate there, for every instance at once.
// Next.js creates one of these per request; the state lives in the store module.
import { expireTags, getEntry, setEntry } from "./store.mjs";

const TAGS_HEADER = "x-next-cache-tags";
// `next build` has no database: nothing is cached while building.
const building = () => process.env.NEXT_PHASE === "phase-production-build";

/** @param {unknown} value @param {{ tags?: string[] }} ctx @returns {string[]} */
function tagsOf(value, ctx) {
  const v = /** @type {{ kind?: string, headers?: Record<string, unknown> } | null} */ (value);
  if (v?.kind === "FETCH") return ctx.tags ?? [];
  const header = v?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

export default class PlenaryCacheHandler {
  /** @param {unknown} _ctx */
  constructor(_ctx) {}

  /** @param {string} key @param {{ kind?: string, tags?: string[], softTags?: string[] }} ctx */
  async get(key, ctx) {
    if (building()) return null;
    try {
      // A cached read also answers to the implicit tags of the page reading it (revalidatePath).
      return await getEntry(key, ctx?.kind === "FETCH" ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : []);
    } catch (e) {
      console.error("[cache] read failed; rendering afresh:", e instanceof Error ? e.message : e);
      return null;
    }
  }

  /** @param {string} key @param {unknown} data @param {{ tags?: string[], cacheControl?: unknown }} ctx */
  async set(key, data, ctx) {
    if (building() || data == null) return;
    const v = /** @type {{ kind?: string, status?: number, data?: { body?: unknown } }} */ (data);
    // What is not there is not kept — a page not found, a read that found nothing: a stranger
    // could otherwise fill the store with made-up addresses.
    if (v.status === 404 || (v.kind === "FETCH" && v.data?.body === "null")) return;
    try {
      await setEntry(key, data, tagsOf(data, ctx ?? {}), ctx?.cacheControl);
    } catch (e) {
      console.error("[cache] write failed:", e instanceof Error ? e.message : e);
    }
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    if (building()) return;
    await expireTags(typeof tags === "string" ? [tags] : tags, durations);
  }

  resetRequestCache() {}
}
