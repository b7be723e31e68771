// The front cache of `npm start` (scripts/server.ts): finished answers of the public pages,
// kept in memory compressed (gzip and Brotli) with an ETag, served without reaching Next.js.
// It holds only what Next itself answered as cacheable (an ISR page or route: `x-nextjs-cache`
// set, `s-maxage` in Cache-Control, no cookie but the locale's), for at most that s-maxage,
// and empties at once when any cache tag is invalidated on any instance (lib/cache/store.mjs)
// or when this instance stops hearing invalidations. Misses for one address are filled once
// (a request to Next on loopback), whoever else is waiting: a crowd on press day makes one render.
import type { IncomingMessage, ServerResponse } from "node:http";
import { request as httpRequest } from "node:http";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";
import { promisify } from "node:util";
import { isListening, onInvalidation } from "./store.mjs";

const gz = promisify(gzip);
const br = promisify(brotliCompress);

const L = "(?:en|ar|zh|fr|ru|es)";
const SLUG = "[a-z0-9-]{1,100}";
/** The public pages: home, series, edition, news list, release, feed, calendar files, sitemap. */
const PUBLIC = new RegExp(
  `^(?:/${L}|/${L}/news|/${L}/news/feed\\.xml|/${L}/news/${SLUG}|/${L}/series/${SLUG}(?:/\\d{1,3})?(?:/calendar\\.ics)?|/sitemap\\.xml)$`,
);
/** Headers of a request that make Next answer something else than the page (RSC payloads, actions). */
const BYPASS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action", "next-url", "range"];
/** Headers not kept: made afresh for each answer. */
const DROP = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "etag", "x-nextjs-cache", "vary"]);
const MAX_ENTRIES = 5000;
const MAX_BODY = 5 * 1024 * 1024;

type Entry = {
  status: number;
  headers: [string, string | string[]][];
  identity: Buffer;
  gzip: Buffer | null; // compressed only when kept
  brotli: Buffer | null;
  etag: string;
  expires: number;
};

export type FrontCache = {
  /** Answers from the cache or fills it; false: not a public page, the caller passes it to Next. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** True for the loopback request that fills the cache (it goes to Next as it is). */
  isFill(req: IncomingMessage): boolean;
  stats(): { entries: number; hits: number; fills: number };
};

/** How long Next lets a shared cache keep the answer: its s-maxage, else a minute; null: not at all. */
function maxAgeOf(cacheControl: string | undefined): number | null {
  if (!cacheControl || /private|no-store|no-cache/i.test(cacheControl)) return null;
  const m = /s-maxage=(\d+)/i.exec(cacheControl);
  return m ? Number(m[1]) : 60;
}

function pickEncoding(accept: string | undefined): "br" | "gzip" | null {
  if (!accept) return null;
  const a = accept.toLowerCase();
  if (/\bbr\b(?!;q=0(?:\.0*)?\b)/.test(a)) return "br";
  if (/\bgzip\b(?!;q=0(?:\.0*)?\b)/.test(a)) return "gzip";
  return null;
}

export function createFrontCache(opts: { port: number }): FrontCache {
  const entries = new Map<string, Entry>();
  const filling = new Map<string, Promise<Entry | null>>();
  const token = randomBytes(16).toString("hex");
  let generation = 0;
  let hits = 0;
  let fills = 0;

  const clear = () => {
    generation++;
    entries.clear();
  };
  // Any invalidation anywhere (or a lost channel, an empty list) empties the cache.
  onInvalidation(() => clear()).catch((e: unknown) => console.error("[front-cache] hears no invalidations; passing everything to Next:", e instanceof Error ? e.message : e));

  function keyOf(req: IncomingMessage): string | null {
    if (req.method !== "GET" && req.method !== "HEAD") return null;
    const url = req.url ?? "";
    if (url.includes("?") || !PUBLIC.test(url)) return null;
    if (BYPASS.some((h) => req.headers[h] !== undefined)) return null;
    const https = req.headers["x-forwarded-proto"] === "https";
    return `${https ? "https" : "http"}:${url}`;
  }

  /** Asks Next (on loopback) for the page, uncompressed, and keeps the answer if Next says it may. */
  function fill(key: string, req: IncomingMessage): Promise<Entry | null> {
    const started = generation;
    const headers = { ...req.headers, "x-plenary-front-fill": token };
    delete headers["accept-encoding"];
    delete headers["if-none-match"];
    delete headers["if-modified-since"];
    delete headers.cookie; // public pages are the same for everyone
    return new Promise<Entry | null>((resolve, reject) => {
      const inner = httpRequest({ host: "127.0.0.1", port: opts.port, method: "GET", path: req.url, headers }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          size += c.length;
          if (size <= MAX_BODY) chunks.push(c);
        });
        res.on("error", reject);
        res.on("end", () => {
          void (async () => {
            const identity = Buffer.concat(chunks);
            const status = res.statusCode ?? 500;
            const cookies = ([] as string[]).concat(res.headers["set-cookie"] ?? []);
            const maxAge = maxAgeOf(res.headers["cache-control"]);
            const cacheable =
              (status === 200 || status === 410) &&
              size <= MAX_BODY &&
              res.headers["x-nextjs-cache"] !== undefined &&
              maxAge !== null &&
              cookies.every((c) => /^NEXT_LOCALE=[a-z]{2};/.test(c));
            const kept: [string, string | string[]][] = Object.entries(res.headers)
              .filter(([k, v]) => v !== undefined && !DROP.has(k))
              .map(([k, v]) => [k, v as string | string[]]);
            const [g, b] = cacheable ? await Promise.all([gz(identity, { level: 9 }), br(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } })]) : [null, null];
            const entry: Entry = {
              status,
              headers: kept,
              identity,
              gzip: g,
              brotli: b,
              etag: `"${createHash("sha256").update(identity).digest("base64url").slice(0, 27)}"`,
              expires: Date.now() + (maxAge ?? 0) * 1000,
            };
            // Kept only if nothing was invalidated while Next answered, and this instance hears invalidations.
            if (cacheable && started === generation && isListening()) {
              if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
              entries.set(key, entry);
            }
            resolve(entry);
          })().catch(reject);
        });
      });
      inner.on("error", reject);
      inner.end();
    });
  }

  function send(req: IncomingMessage, res: ServerResponse, e: Entry) {
    const accepted = pickEncoding(req.headers["accept-encoding"] as string | undefined);
    const encoding = accepted === "br" && e.brotli ? "br" : accepted && e.gzip ? "gzip" : null;
    for (const [k, v] of e.headers) res.setHeader(k, v);
    // Browsers and any cache on the way ask again each time (a 304 when unchanged): none of
    // them hears our invalidations, so none may keep a page a withdrawal has taken down.
    if (e.status === 200) res.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("ETag", e.etag);
    if (req.headers["if-none-match"] === e.etag && e.status === 200) {
      res.statusCode = 304;
      res.end();
      return;
    }
    const body = (encoding === "br" ? e.brotli : encoding === "gzip" ? e.gzip : null) ?? e.identity;
    if (encoding) res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", body.length);
    res.statusCode = e.status;
    res.end(req.method === "HEAD" ? undefined : body);
  }

  return {
    isFill(req) {
      const t = req.headers["x-plenary-front-fill"];
      return typeof t === "string" && t.length === token.length && timingSafeEqual(Buffer.from(t), Buffer.from(token));
    },
    handle(req, res) {
      const key = keyOf(req);
      if (!key || !isListening()) return false;
      const hit = entries.get(key);
      if (hit && hit.expires > Date.now()) {
        hits++;
        send(req, res, hit);
        return true;
      }
      if (hit) entries.delete(key);
      let pending = filling.get(key);
      if (!pending) {
        fills++;
        pending = fill(key, req).finally(() => filling.delete(key));
        filling.set(key, pending);
      }
      pending.then(
        (e) => (e ? send(req, res, e) : res.writeHead(502).end()),
        (err: unknown) => {
          console.error("[front-cache] fill failed:", err instanceof Error ? err.message : err);
          if (!res.headersSent) res.writeHead(502).end();
        },
      );
      return true;
    },
    stats: () => ({ entries: entries.size, hits, fills }),
  };
}
