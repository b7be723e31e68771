// Sign-in by emailed link. The email never carries a link that signs in by being opened:
// it opens a confirm page whose button POSTs the token (mail scanners fetch links and
// would spend them). Links last 10 minutes and name exactly one address. The link itself
// never rests in the outbox's stored body, and the server log shows it only in demo mode.
import { AuthError } from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import { z } from "zod";
import { singleEmailAddress } from "@/lib/email-address";
import { db } from "@/lib/db";
import { isDemo, publicUrl } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/messages";
import { enqueueMail } from "@/lib/mail/outbox";
import { SECRET_LINK } from "@/lib/mail/secret";
import { smtpTransport } from "@/lib/mail/transport";
import { kickOutbox } from "@/lib/jobs/boss";

export const MAGIC_LINK_MINUTES = 10;

/** One address, nothing else: "a@x.test,b@y.test" or "a@x.test\nb@y.test" is refused. */

/**
 * An address no sign-in form accepts, posted to Auth.js's own endpoint: refused before it
 * looks anything up or stores a token, as an invalid link ("Verification", a type Auth.js
 * shows to people) rather than a server fault.
 */
export class RefusedAddress extends AuthError {
  static type = "Verification";
}

export function normalizeEmailIdentifier(identifier: string): string {
  const parsed = singleEmailAddress.safeParse(identifier);
  if (!parsed.success) throw new RefusedAddress("a sign-in link goes to exactly one email address");
  return parsed.data;
}

/** The page's language, read from where the visitor was going (callbackUrl). */
export function localeOfCallback(callbackUrl: string | null | undefined): Locale {
  try {
    const seg = new URL(callbackUrl ?? "/", "http://x").pathname.split("/")[1];
    return isLocale(seg) ? seg : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** The confirm page's path for Auth.js's link parameters (token, email, target), nothing else kept. */
function confirmPagePath(params: URLSearchParams): string {
  const keep = new URLSearchParams();
  for (const k of ["token", "email", "callbackUrl"]) {
    const v = params.get(k);
    if (v) keep.set(k, v.slice(0, 1000));
  }
  return `/${localeOfCallback(params.get("callbackUrl"))}/sign-in/confirm?${keep}`;
}

/** Auth.js's callback link → Plenary's confirm page with the same token, email and target. */
export function confirmPageUrl(callbackLink: string): string {
  return `${publicUrl()}${confirmPagePath(new URL(callbackLink).searchParams)}`;
}

export const magicLinkProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: MAGIC_LINK_MINUTES * 60,
  normalizeIdentifier: normalizeEmailIdentifier,
  async sendVerificationRequest({ identifier, url }) {
    const link = confirmPageUrl(url);
    const locale = localeOfCallback(new URL(url).searchParams.get("callbackUrl"));
    const t = translator(locale, "mail.magicLink");
    await enqueueMail(db, { to: identifier, subject: t("subject"), text: t("text", { url: SECRET_LINK }), locale, kind: "magic-link", secretLink: link });
    if (smtpTransport()) await kickOutbox();
    else if (isDemo()) console.log(`[auth] demo mode, no SMTP configured; sign-in link for ${identifier}: ${link}`);
    else console.log(`[auth] no SMTP configured: a sign-in link for ${identifier} waits in the outbox (SMTP_URL)`);
  },
  options: {},
};

/** A GET of the emailed link's target → the confirm page with the same parameters; else null. */
export function emailLinkConfirmPath(url: URL): string | null {
  return url.pathname.endsWith("/api/auth/callback/email") ? confirmPagePath(url.searchParams) : null;
}

const linkParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{16,200}$/),
  email: singleEmailAddress,
  callbackUrl: z.string().max(1000).optional(),
});

/** The confirm page's parameters, validated; the query to post back to Auth.js. */
export function emailLinkParams(raw: Record<string, string | string[] | undefined>): { email: string; query: string } | null {
  const parsed = linkParams.safeParse({ token: raw.token, email: raw.email, callbackUrl: raw.callbackUrl });
  if (!parsed.success) return null;
  const query = new URLSearchParams({ token: parsed.data.token, email: parsed.data.email });
  if (parsed.data.callbackUrl) query.set("callbackUrl", parsed.data.callbackUrl);
  return { email: parsed.data.email, query: query.toString() };
}

/** The emailed link's query as Auth.js writes it: one token (32 bytes, hex) and one address. */
const callbackQuery = z.object({ token: z.string().regex(/^[0-9a-f]{64}$/), email: singleEmailAddress });
const single = (values: string[]) => (values.length === 1 ? values[0] : undefined);

/**
 * A sign-in link Plenary could not have sent is refused like an expired one, before Auth.js
 * hands its address to the database as it is (a NUL byte there is a database error and a
 * "Configuration" page instead of "this link is not valid").
 */
export function refuseMalformedSignInLink(request: Request): Response | null {
  const url = new URL(request.url);
  if (!url.pathname.endsWith("/api/auth/callback/email")) return null;
  const query = { token: single(url.searchParams.getAll("token")), email: single(url.searchParams.getAll("email")) };
  if (callbackQuery.safeParse(query).success) return null;
  return Response.redirect(new URL("/sign-in?error=Verification", url), 302);
}
