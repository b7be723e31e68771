// Requests that Next.js itself would answer with a 500 before any of Plenary's code runs,
// refused by the proxy with the status they deserve:
// - a path that is not valid percent-encoded UTF-8 ("/en/series/%FF"): Next fails to decode
//   the route's params and, with no Pages Router error page to show, answers 500;
// - a post to a page over the server actions' body limit: Next's action handler turns its
//   own "body exceeded" error into a 500 (a form's 5 MB field is one).

/** Next's server-action body limit (serverActions.bodySizeLimit in next.config.js), in bytes. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export type Refusal = 400 | 413;

function isWellEncoded(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Why the proxy answers this request itself, or null to let it through. */
export function refusalOf(req: { method: string; pathname: string; headers: Headers }): Refusal | null {
  if (!isWellEncoded(req.pathname)) return 400;
  // Only posts that say their length: a length-less (chunked) post is left to Next, since
  // refusing it could refuse a real browser's post behind some reverse proxies.
  const length = Number(req.headers.get("content-length"));
  if (req.method === "POST" && Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES) return 413;
  return null;
}
