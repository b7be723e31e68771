// @ts-check
// Where the shared cache (lib/cache/store.mjs) keeps its entries and tags: PostgreSQL (tables
// CacheEntry and CacheTag, NOTIFY plenary_cache) or Redis (keys plenary:cache:*, PUBLISH), and
// how an entry is written as text. Plain JavaScript, like the store.
import { createHash } from "node:crypto";
import pg from "pg";

export const CHANNEL = "plenary_cache";
const PREFIX = "plenary:cache:";
const NOTIFY_BATCH = 40; // tags per notification (a payload stays well under PostgreSQL's 8,000 bytes)

/** @typedef {{ stale?: number, expired?: number }} TagTimes */
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
export function storeKey(/** @type {string} */ key) {
  return key.includes("\u0000") ? "sha256:" + createHash("sha256").update(key).digest("hex") : key;
}

// ───────────── backends ─────────────

/** PostgreSQL: the application's own database, so no new server is needed. @returns {Backend} */
export function postgresBackend(/** @type {string} */ url) {
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
export async function redisBackend(/** @type {string} */ url) {
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
