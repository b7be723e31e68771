// Locale routing for every page (next-intl) and each page's Content Security Policy
// (lib/security-headers.ts; HSTS and the other headers are in next.config.js). The proxy is a convenience, not the guard: pages, actions and
// routes check permission on the server themselves.
import { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { contentSecurityPolicy, isPerRequestPage } from "@/lib/security-headers";

const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const nonce = isPerRequestPage(request.nextUrl.pathname) ? Buffer.from(crypto.randomUUID()).toString("base64") : undefined;
  const csp = contentSecurityPolicy({ nonce, https, dev: process.env.NODE_ENV === "development" });
  // Next reads the nonce from the request's policy and puts it on its own scripts.
  const headers = new Headers(request.headers);
  // Where the visitor was going, for a sign-in redirect decided in a layout (which cannot
  // see the path): after signing in they land on this page, not the section's front page.
  headers.set("x-plenary-path", (request.nextUrl.pathname + request.nextUrl.search).slice(0, 500));
  if (nonce) {
    headers.set("Content-Security-Policy", csp);
    headers.set("x-nonce", nonce);
  }
  const response = intl(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
