// Plenary's service worker: keeps the check-in desk working when the venue's network drops.
// The desk's page (/{locale}/admin/editions/{id}/check-in) is network-first with the last
// copy as fallback; the build's static files (hashed, immutable) and the barcode reader's
// WebAssembly are cache-first. Everything else goes to the network untouched.
const CACHE = "plenary-desk-v1";
/** The build's files are content-hashed, so each deploy adds new ones: keep the newest few hundred. */
const MAX_ENTRIES = 300;

async function trim(cache) {
  const keys = await cache.keys(); // oldest first
  for (const key of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) await cache.delete(key);
}
const DESK_PAGE = /^\/(en|ar|zh|fr|ru|es)\/admin\/editions\/[a-z0-9]+\/check-in$/;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/zxing/")) {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const hit = await cache.match(request);
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok) cache.put(request, response.clone()).then(() => trim(cache));
        return response;
      }),
    );
    return;
  }
  if (request.mode === "navigate" && DESK_PAGE.test(url.pathname)) {
    event.respondWith(
      fetch(request)
        .then(async (response) => {
          if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
          return response;
        })
        .catch(async () => (await (await caches.open(CACHE)).match(request)) || Response.error()),
    );
  }
});
