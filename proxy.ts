// Every page's way in: refuse what Next.js would otherwise answer with a 500
// (lib/request-guard.ts), then locale routing (next-intl) and the page's Content Security
// Policy (lib/security-headers.ts; HSTS and the other headers are in next.config.js). The
// proxy is a convenience, not the guard: pages, actions and routes check permission and
// parse their input on the server themselves.
import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { refusalOf } from "@/lib/request-guard";
import { contentSecurityPolicy, isPerRequestPage } from "@/lib/security-headers";
import { isWithdrawnSlug } from "@/lib/press/withdrawn";
import { LOCALES } from "@/lib/i18n/config";

const localize = createMiddleware(routing);

// The paths next-intl handles: everything but API routes, Next internals and files with an
// extension (the first matcher below).
const LOCALIZED = /^\/(?!api|_next|_vercel|.*\..*)/;
// The news list, a cached page: a search or filter of it is read per request at /{locale}/news-search.
const NEWS_LIST = new RegExp(`^/(?:${LOCALES.join("|")})/news$`);
// A release's public page: /{locale}/news/{slug}.
const RELEASE = new RegExp(`^/(?:${LOCALES.join("|")})/news/([a-z0-9-]{1,100})$`);

/** 410 Gone for a withdrawn release (its page still says when and why); a page cannot set
 * that status itself, so the proxy answers it with the page's own response. */
async function statusOf(pathname: string): Promise<number | undefined> {
  const slug = RELEASE.exec(pathname)?.[1];
  return slug && (await isWithdrawnSlug(slug)) ? 410 : undefined;
}

export default async function proxy(request: NextRequest) {
  const refusal = refusalOf({ method: request.method, pathname: request.nextUrl.pathname, headers: request.headers });
  if (refusal) return new NextResponse(null, { status: refusal });
  if (!LOCALIZED.test(request.nextUrl.pathname)) return NextResponse.next();

  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const nonce = isPerRequestPage(request.nextUrl.pathname) ? Buffer.from(crypto.randomUUID()).toString("base64") : undefined;
  const csp = contentSecurityPolicy({ nonce, https, dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  // Where the visitor was going, for a sign-in redirect decided in a layout (which cannot
  // see the path): after signing in they land on this page, not the section's front page.
  headers.set("x-plenary-path", (request.nextUrl.pathname + request.nextUrl.search).slice(0, 500));
  // Next reads the nonce from the request's policy and puts it on its own scripts.
  if (nonce) {
    headers.set("Content-Security-Policy", csp);
    headers.set("x-nonce", nonce);
  }
  let localized = localize(new NextRequest(request, { headers }));
  localized.headers.set("Content-Security-Policy", csp);
  const { searchParams, pathname } = request.nextUrl;
  if (NEWS_LIST.test(pathname) && (searchParams.has("q") || searchParams.has("edition"))) {
    // The same address, answered by the search page: the cached list never sees a query.
    const to = request.nextUrl.clone();
    to.pathname = `${pathname}-search`;
    const rewritten = NextResponse.rewrite(to);
    localized.headers.forEach((value, key) => {
      if (key !== "x-middleware-next") rewritten.headers.set(key, value);
    });
    localized = rewritten;
  }
  const status = await statusOf(request.nextUrl.pathname);
  return status ? new NextResponse(null, { status, headers: localized.headers }) : localized;
}

export const config = {
  matcher: [
    "/((?!api|_next|_vercel|.*\\..*).*)",
    // Any path with a percent sign, wherever it leads (API routes and .ics/.xml files
    // included): a malformed escape there is a 500 too, unless refused here.
    "/(.*%.*)",
  ],
};
