// The Content Security Policy of every page. Pages rendered per request (the organizer
// area, a person's own pages, sign-in) get a fresh nonce, and only scripts carrying it run.
// Cached public pages are the same bytes for everyone, so no per-request nonce can be in
// them: their policy allows the framework's inline scripts but nothing from elsewhere —
// every source is this origin, and nothing may frame any page.
const PER_REQUEST = /^\/(en|ar|zh|fr|ru|es)\/(admin|delegation|me|registration|register|sign-in(?!\/check-email))(\/|$)/;

export function isPerRequestPage(pathname: string): boolean {
  return PER_REQUEST.test(pathname);
}

export function contentSecurityPolicy(opts: { nonce?: string; https: boolean; dev: boolean }): string {
  // Back-office pages may compile WebAssembly (the check-in desk's barcode reader), never eval JavaScript.
  const script = opts.nonce ? `'self' 'nonce-${opts.nonce}' 'strict-dynamic' 'wasm-unsafe-eval'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${script}${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self'", // the check-in desk's service worker (public/sw.js)
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
