// Locale routing for every page (next-intl), after refusing what Next.js would otherwise
// answer with a 500 (lib/request-guard.ts). The proxy is a convenience, not the guard:
// pages, actions and routes check permission and parse their input on the server themselves.
import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { refusalOf } from "@/lib/request-guard";

const localize = createMiddleware(routing);

// The paths next-intl handles: everything but API routes, Next internals and files with an
// extension (the first matcher below, which is all the proxy saw before).
const LOCALIZED = /^\/(?!api|_next|_vercel|.*\..*)/;

export default function proxy(request: NextRequest) {
  const refusal = refusalOf({ method: request.method, pathname: request.nextUrl.pathname, headers: request.headers });
  if (refusal) return new NextResponse(null, { status: refusal });
  return LOCALIZED.test(request.nextUrl.pathname) ? localize(request) : NextResponse.next();
}

export const config = {
  matcher: [
    "/((?!api|_next|_vercel|.*\\..*).*)",
    // Any path with a percent sign, wherever it leads (API routes and .ics/.xml files
    // included): a malformed escape there is a 500 too, unless refused here.
    "/(.*%.*)",
  ],
};
