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
import { createHash } from "node:crypto";
import pg from "pg";

const CHANNEL = "plenary_cache";
const PREFIX = "plenary:cache:";
const MAX_ENTRIES = Number(process.env.PLENARY_CACHE_ENTRIES ?? 2000);
const MAX_BYTES = Number(process.env.PLENARY_CACHE_MB ?? 128) * 1024 * 1024;
const RENDER_LIMIT_MS = 60_000;
const NOTIFY_BATCH = 40; // tags per notification (a payload stays well under PostgreSQL's 8,000 bytes)

/** @typedef {{ stale?: number, expired?: number }} TagTimes */
/** @typedef {{ lastModified: number, tags: string[], value: unknown, cacheControl?: unknown, size: number }} Entry */
/**
 * @typedef {object} Backend
 * @property {(onTags: (updates: [string, TagTimes][]) => void, onLost: () => void) => Promise<void>} listen
 * @property {() => Promise<[string, TagTimes][]>} readTags
 * @property {(key: string) => Promise<string | null>} read
 * @property {(key: string, text: string) => Promise<void>} write
 * @property {(updates: [string, TagTimes][]) => Promise<void>} expire
 * @property {() => Promise<void>} close
 */

// ───────────── encoding: Buffers and Maps survive JSON ─────────────

/** @param {unknown} v @returns {unknown} */
function encode(v) {
  if (v instanceof Uint8Array) return { $b: Buffer.from(v).toString("base64") };
  if (v instanceof Map) return { $m: [...v].map(([k, x]) => [k, encode(x)]) };
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === "object") {
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = encode(x);
    return out;
  }
  return v;
}

/** @param {unknown} v @returns {unknown} */
function decode(v) {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === "object") {
    const o = /** @type {Record<string, unknown>} */ (v);
    if (typeof o.$b === "string") return Buffer.from(o.$b, "base64");
    if (Array.isArray(o.$m)) return new Map(o.$m.map(([k, x]) => [k, decode(x)]));
    /** @type {Record<string, unknown>} */
    const out = Object.create(null);
    for (const [k, x] of Object.entries(o)) out[k] = decode(x);
    return Object.setPrototypeOf(out, Object.prototype);
  }
  return v;
}

/** An entry as stored: JSON in which Buffers and Maps survive. @param {unknown} value */
export function serialize(value) {
  return JSON.stringify(encode(value));
}

/** @param {string} text @returns {unknown} */
export function deserialize(text) {
  return decode(JSON.parse(text));
}

/** Next's keys hold the page's path; one a database cannot store as text (a NUL) is hashed. */
function storeKey(/** @type {string} */ key) {
  return key.includes("\u0000") ? "sha256:" + createHash("sha256").update(key).digest("hex") : key;
}

// ───────────── backends ─────────────

/** PostgreSQL: the application's own database, so no new server is needed. @returns {Backend} */
function postgresBackend(/** @type {string} */ url) {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PLENARY_CACHE_POOL ?? 4) });
  pool.on("error", (e) => console.error("[cache] database:", e.message));
  /** @type {pg.Client | undefined} */
  let listener;
  /** @type {[string, TagTimes][]} */
  const noTags = [];
  const rowsToTags = (/** @type {{ tag: string, stale: string | null, expired: string | null }[]} */ rows) =>
    rows.map((r) => /** @type {[string, TagTimes]} */ ([r.tag, { stale: r.stale == null ? undefined : Number(r.stale), expired: r.expired == null ? undefined : Number(r.expired) }]));
  return {
    async listen(onTags, onLost) {
      const client = new pg.Client({ connectionString: url });
      listener = client;
      let lost = false;
      const lose = () => {
        if (lost) return;
        lost = true;
        client.end().catch(() => {});
        onLost();
      };
      client.on("error", lose);
      client.on("end", lose);
      client.on("notification", (n) => {
        try {
          onTags(JSON.parse(n.payload ?? "[]"));
        } catch {
          lose();
        }
      });
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    },
    async readTags() {
      const r = await pool.query('SELECT "tag", "stale", "expired" FROM "CacheTag"');
      return r.rows.length ? rowsToTags(r.rows) : noTags;
    },
    async read(key) {
      const r = await pool.query('SELECT "value" FROM "CacheEntry" WHERE "key" = $1', [key]);
      return r.rows[0]?.value ?? null;
    },
    async write(key, text) {
      await pool.query(
        'INSERT INTO "CacheEntry" ("key", "value", "updatedAt") VALUES ($1, $2, now()) ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = now()',
        [key, text],
      );
    },
    async expire(updates) {
      // One transaction: the tag rows and the notification arrive together (NOTIFY is sent at commit).
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query(
          `INSERT INTO "CacheTag" ("tag", "stale", "expired")
             SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[])
           ON CONFLICT ("tag") DO UPDATE SET "stale" = EXCLUDED."stale", "expired" = EXCLUDED."expired"`,
          [updates.map((u) => u[0]), updates.map((u) => u[1].stale ?? null), updates.map((u) => u[1].expired ?? null)],
        );
        for (let i = 0; i < updates.length; i += NOTIFY_BATCH) {
          await client.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify(updates.slice(i, i + NOTIFY_BATCH))]);
        }
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    async close() {
      await listener?.end().catch(() => {});
      await pool.end().catch(() => {});
    },
  };
}

/** Redis, when REDIS_URL is set. @returns {Promise<Backend>} */
async function redisBackend(/** @type {string} */ url) {
  const { default: Redis } = await import("ioredis");
  const client = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
  client.on("error", (e) => console.error("[cache] redis:", e.message));
  /** @type {import("ioredis").Redis | undefined} */
  let subscriber;
  const parse = (/** @type {Record<string, string>} */ hash) =>
    Object.entries(hash).map(([tag, json]) => /** @type {[string, TagTimes]} */ ([tag, JSON.parse(json)]));
  return {
    async listen(onTags, onLost) {
      // No reconnecting by itself: a lost subscription may have missed invalidations, so the
      // store listens afresh (and reads every tag again).
      const sub = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 1 });
      subscriber = sub;
      let lost = false;
      const lose = () => {
        if (lost) return;
        lost = true;
        sub.disconnect();
        onLost();
      };
      sub.on("error", (e) => console.error("[cache] redis channel:", e.message));
      sub.on("close", lose);
      sub.on("message", (_channel, message) => {
        try {
          onTags(JSON.parse(message));
        } catch {
          lose();
        }
      });
      await sub.connect();
      await sub.subscribe(PREFIX + CHANNEL);
    },
    async readTags() {
      return parse(await client.hgetall(PREFIX + "tags"));
    },
    async read(key) {
      return client.get(PREFIX + "entry:" + key);
    },
    async write(key, text) {
      await client.set(PREFIX + "entry:" + key, text, "EX", 30 * 24 * 3600);
    },
    async expire(updates) {
      const multi = client.multi();
      multi.hset(PREFIX + "tags", Object.fromEntries(updates.map(([tag, t]) => [tag, JSON.stringify(t)])));
      for (let i = 0; i < updates.length; i += NOTIFY_BATCH) multi.publish(PREFIX + CHANNEL, JSON.stringify(updates.slice(i, i + NOTIFY_BATCH)));
      await multi.exec();
    },
    async close() {
      subscriber?.disconnect();
      client.disconnect();
    },
  };
}

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
