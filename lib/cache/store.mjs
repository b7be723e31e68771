// @ts-check
// The cache every instance shares (issue 12): Next.js's cache handler (lib/cache/handler.mjs)
// keeps rendered public pages and cached reads here, and every process that changes public
// data — a server action, the scheduled-publishing job in `npm run worker` — invalidates tags
// here. Stored in PostgreSQL (tables CacheEntry and CacheTag, NOTIFY plenary_cache) unless
// REDIS_URL is set (keys plenary:cache:*, PUBLISH on the same channel name).
//
// Each process keeps a bounded copy in memory and the invalidation time of every tag; an
// invalidation reaches every instance at once through the channel, and an instance that has
// lost its channel reads the tags again before each answer until it is back.
//
// Plain JavaScript: Next.js imports the cache handler at run time, untranspiled.
import { CHANNEL, deserialize, postgresBackend, redisBackend, serialize, storeKey } from "./backends.mjs";

const MAX_ENTRIES = Number(process.env.PLENARY_CACHE_ENTRIES ?? 2000);
const MAX_BYTES = Number(process.env.PLENARY_CACHE_MB ?? 128) * 1024 * 1024;
const RENDER_LIMIT_MS = 60_000;

/** @typedef {import("./backends.mjs").TagTimes} TagTimes */
/** @typedef {import("./backends.mjs").Backend} Backend */
/** @typedef {{ lastModified: number, tags: string[], value: unknown, cacheControl?: unknown, size: number }} Entry */

export { serialize, deserialize, CHANNEL };

// ───────────── the process's state (one per process, however often Next loads this file) ─────────────

const KEY = Symbol.for("plenary.sharedCache");

/**
 * @typedef {object} State
 * @property {Map<string, Entry>} memory
 * @property {number} bytes
 * @property {Map<string, TagTimes>} tags
 * @property {Map<string, number>} renderingSince
 * @property {Set<(tags: string[]) => void>} listeners
 * @property {boolean} synced
 * @property {Promise<Backend> | undefined} backend
 * @property {Promise<void> | undefined} listening
 */

/** @returns {State} */
function state() {
  const g = /** @type {Record<symbol, State | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (g[KEY] ??= { memory: new Map(), bytes: 0, tags: new Map(), renderingSince: new Map(), listeners: new Set(), synced: false, backend: undefined, listening: undefined });
}

/** Which store this process uses: "redis" with REDIS_URL, else "postgres". */
export function storeKind() {
  return process.env.REDIS_URL ? "redis" : "postgres";
}

/** @returns {Promise<Backend>} */
function backend() {
  const s = state();
  if (!s.backend) {
    const redis = process.env.REDIS_URL;
    const url = process.env.DATABASE_URL;
    if (!redis && !url) throw new Error("the shared cache needs DATABASE_URL (or REDIS_URL)");
    s.backend = redis ? redisBackend(redis) : Promise.resolve(postgresBackend(/** @type {string} */ (url)));
  }
  return s.backend;
}

/** @param {[string, TagTimes][]} updates */
function applyTags(updates) {
  const s = state();
  for (const [tag, times] of updates) s.tags.set(tag, times);
  const names = updates.map((u) => u[0]);
  for (const l of s.listeners) l(names);
}

async function resync() {
  const s = state();
  const b = await backend();
  s.tags.clear();
  applyTags(await b.readTags());
}

/** Subscribes to invalidations and reads every tag's time; again after the channel was lost. */
function listening() {
  const s = state();
  if (!s.listening) {
    s.listening = (async () => {
      const current = backend();
      const b = await current;
      await b.listen(applyTags, () => {
        if (s.backend !== current) return; // closed on purpose
        // Invalidations may have been missed: answer from the store until the channel is back.
        s.synced = false;
        s.memory.clear();
        s.bytes = 0;
        for (const l of s.listeners) l([]);
        s.listening = undefined;
        setTimeout(() => listening().catch((e) => console.error("[cache] could not listen again:", e.message)), 1000).unref();
      });
      await resync();
      s.synced = true;
    })().catch((e) => {
      s.listening = undefined;
      throw e;
    });
  }
  return s.listening;
}

/** Ready to answer: subscribed and in step, or (channel lost) the tags read afresh. */
async function ready() {
  const s = state();
  if (s.synced) return;
  await listening().catch(() => {});
  if (!s.synced) await resync();
}

// The wall clock, as every process on the machine (and, kept in step, every machine) reads it.
const now = () => Date.now();

/** True when a tag was invalidated after the entry was made (stale counts as expired: never serve it). */
function isExpired(/** @type {string[]} */ tags, /** @type {number} */ lastModified) {
  const s = state();
  const t = now();
  for (const tag of tags) {
    const times = s.tags.get(tag);
    if (!times) continue;
    if (times.stale != null && times.stale > lastModified) return true;
    if (times.expired != null && times.expired <= t && times.expired > lastModified) return true;
  }
  return false;
}

function remember(/** @type {string} */ key, /** @type {Entry} */ entry) {
  const s = state();
  const old = s.memory.get(key);
  if (old) {
    s.bytes -= old.size;
    s.memory.delete(key);
  }
  s.memory.set(key, entry);
  s.bytes += entry.size;
  for (const [k, e] of s.memory) {
    if (s.memory.size <= MAX_ENTRIES && s.bytes <= MAX_BYTES) break;
    s.memory.delete(k);
    s.bytes -= e.size;
  }
}

function forget(/** @type {string} */ key) {
  const s = state();
  const old = s.memory.get(key);
  if (old) {
    s.bytes -= old.size;
    s.memory.delete(key);
  }
}

/**
 * The entry under key, unless a tag of it (or of `extraTags`) was invalidated since it was
 * made. A miss notes the time: the entry rendered now is dated from before its reads began,
 * so an invalidation during the render makes it stale at once.
 * @param {string} key
 * @param {string[]} [extraTags]
 * @returns {Promise<{ lastModified: number, value: unknown, cacheControl?: unknown } | null>}
 */
export async function getEntry(key, extraTags = []) {
  const s = state();
  const started = now();
  await ready();
  const expired = (/** @type {Entry} */ e) => isExpired(e.tags, e.lastModified) || isExpired(extraTags, e.lastModified);
  let entry = s.synced ? s.memory.get(key) : undefined;
  if (entry && expired(entry)) {
    forget(key); // another instance may have stored the new one: look in the store
    entry = undefined;
  }
  if (entry) {
    // Most recently used last.
    s.memory.delete(key);
    s.memory.set(key, entry);
  } else {
    const text = await (await backend()).read(storeKey(key));
    if (text) {
      const stored = /** @type {{ lastModified: number, tags: string[], value: unknown, cacheControl?: unknown }} */ (deserialize(text));
      entry = { ...stored, size: text.length };
      if (s.synced && !expired(entry)) remember(key, entry);
    }
  }
  if (!entry || expired(entry)) {
    if (!s.renderingSince.has(key)) s.renderingSince.set(key, started);
    if (s.renderingSince.size > 10_000) s.renderingSince.clear();
    return null;
  }
  const revalidate = /** @type {{ revalidate?: unknown } | undefined} */ (entry.cacheControl)?.revalidate;
  if (typeof revalidate === "number" && started - entry.lastModified > revalidate * 1000) {
    if (!s.renderingSince.has(key)) s.renderingSince.set(key, started); // stale by age: Next renders it again in the background
  } else {
    s.renderingSince.delete(key); // served as it is: no render follows
  }
  return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
}

/**
 * Stores an entry with its tags, dated from the miss that started its render.
 * @param {string} key
 * @param {unknown} value
 * @param {string[]} tags
 * @param {unknown} [cacheControl]
 */
export async function setEntry(key, value, tags, cacheControl) {
  const s = state();
  const since = s.renderingSince.get(key);
  s.renderingSince.delete(key);
  // A render takes seconds at most; an older mark belongs to a miss that stored nothing.
  const lastModified = since !== undefined && now() - since < RENDER_LIMIT_MS ? since : now();
  const text = serialize({ lastModified, tags, value, cacheControl });
  const entry = { lastModified, tags, value, cacheControl, size: text.length };
  await ready();
  if (s.synced) remember(key, entry);
  await (await backend()).write(storeKey(key), text);
}

/**
 * Invalidates tags on every instance: written to the store and announced on the channel.
 * Without durations the tags expire now; with them they are stale now and expire later.
 * @param {string[]} tags
 * @param {{ expire?: number }} [durations]
 */
export async function expireTags(tags, durations) {
  if (tags.length === 0) return;
  const t = now();
  /** @type {[string, TagTimes][]} */
  const updates = [...new Set(tags)].map((tag) => [tag, durations ? { stale: t, expired: durations.expire != null ? t + durations.expire * 1000 : undefined } : { expired: t }]);
  applyTags(updates); // this instance at once, even before the store answers
  for (const [tag] of updates) for (const [key, e] of state().memory) if (e.tags.includes(tag)) forget(key);
  await (await backend()).expire(updates);
}

/**
 * Calls back with the names of invalidated tags (an empty list: the channel was lost and
 * anything may have changed). The front cache of `npm start` (scripts/lib/front-cache.ts) uses it.
 * @param {(tags: string[]) => void} listener
 * @returns {Promise<() => void>} stops listening
 */
export async function onInvalidation(listener) {
  const s = state();
  s.listeners.add(listener);
  await listening();
  return () => s.listeners.delete(listener);
}

/** The time (ms) a tag was last invalidated, as far as this instance knows; 0 if never. */
export function tagTime(/** @type {string} */ tag) {
  const t = state().tags.get(tag);
  return Math.max(t?.stale ?? 0, t?.expired ?? 0);
}

/** Whether this instance hears invalidations (else it reads tags from the store each time). */
export function isListening() {
  return state().synced;
}

/** Closes this process's connections (tests and scripts). */
export async function closeSharedCache() {
  const s = state();
  const b = s.backend;
  s.backend = undefined;
  s.listening = undefined;
  s.synced = false;
  s.memory.clear();
  s.bytes = 0;
  s.tags.clear();
  s.renderingSince.clear();
  if (b) await (await b).close();
}
