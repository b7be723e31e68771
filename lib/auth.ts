// Sign-in (next-auth v5): email magic links for everyone, password sign-in for the local
// demo accounts. The session is a JWT that names the user; the role is read from the
// database on every request, so a changed role or a disabled account takes effect at once.
import { cache } from "react";
import NextAuth, { AuthError, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { EmailConfig } from "next-auth/providers/email";
import { PrismaAdapter } from "@auth/prisma-adapter";
import bcrypt from "bcryptjs";
import { forbidden, redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { can, type Actor, type Permission } from "@/lib/access/policy";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/messages";
import { enqueueMail } from "@/lib/mail/outbox";
import { kickOutbox } from "@/lib/jobs/boss";
import { smtpTransport } from "@/lib/mail/transport";

/** Email and password as typed on the sign-in form (also the form's own schema). */
export const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().email("email").max(254, "tooLong"),
  password: z.string().min(1, "required").max(200, "tooLong"),
});

/**
 * An address no sign-in form accepts, posted to the sign-in library's own endpoint: refused
 * before the library looks it up or stores a token, as an invalid link ("Verification", a
 * type the library shows to users) rather than a server fault.
 */
class RefusedAddress extends AuthError {
  static type = "Verification";
}

/** The emailed link's query, one token and one address, as the library writes them (hex, 32 bytes). */
const signInLinkQuery = z.object({ token: z.string().regex(/^[0-9a-f]{64}$/), email: credentialsInput.shape.email });

const single = (values: string[]) => (values.length === 1 ? values[0] : undefined);

/**
 * A sign-in link Plenary could not have sent is refused here, like an expired one: the
 * library would hand its address to the database as it is (a NUL byte there is a database
 * error, and a "Configuration" error page instead of "this link is not valid").
 */
export function refuseMalformedSignInLink(req: Request): Response | null {
  const url = new URL(req.url);
  if (!url.pathname.endsWith("/callback/email")) return null;
  const query = { token: single(url.searchParams.getAll("token")), email: single(url.searchParams.getAll("email")) };
  if (signInLinkQuery.safeParse(query).success) return null;
  return Response.redirect(new URL(`${authConfig.pages.error}?error=Verification`, url), 302);
}

function localeOfUrl(url: string): Locale {
  try {
    const u = new URL(url);
    const cb = u.searchParams.get("callbackUrl") ?? "";
    const seg = new URL(cb, u.origin).pathname.split("/")[1];
    return isLocale(seg) ? seg : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

const magicLink: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: 15 * 60,
  // The sign-in form's own rule, also for posts to the library's endpoint, which bypass the form.
  normalizeIdentifier(identifier) {
    const email = credentialsInput.shape.email.safeParse(identifier);
    if (!email.success) throw new RefusedAddress("refused address");
    return email.data;
  },
  async sendVerificationRequest({ identifier, url }) {
    const locale = localeOfUrl(url);
    const t = translator(locale, "mail.magicLink");
    await enqueueMail(db, {
      to: identifier,
      subject: t("subject"),
      text: t("text", { url }),
      locale,
      kind: "magic-link",
    });
    if (!smtpTransport()) console.log(`[auth] no SMTP configured; sign-in link for ${identifier}: ${url}`);
    else await kickOutbox();
  },
  options: {},
};

export const authConfig = {
  adapter: PrismaAdapter(db),
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  // Trust the Host header only when told to (AUTH_TRUST_HOST, set by `npm start` for a
  // local run) or when AUTH_URL names the public address.
  trustHost: ["true", "1"].includes(env().AUTH_TRUST_HOST ?? "") || !!env().AUTH_URL,
  logger: {
    // A refused password is an expected outcome, shown to the user; not a server error.
    error(error) {
      if (error.name === "CredentialsSignin" || error instanceof RefusedAddress) return;
      console.error("[auth]", error);
    },
  },
  pages: { signIn: "/en/sign-in", verifyRequest: "/en/sign-in/check-email", error: "/en/sign-in" },
  providers: [
    magicLink,
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        if (env().PLENARY_PASSWORD_SIGNIN === "off") return null;
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) return null;
        const user = await db.user.findUnique({ where: { email: parsed.data.email } });
        if (!user?.passwordHash || user.disabledAt) return null;
        if (!(await bcrypt.compare(parsed.data.password, user.passwordHash))) return null;
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    async signIn({ user }) {
      if (!user?.email) return false;
      const existing = await db.user.findUnique({ where: { email: user.email.toLowerCase() }, select: { disabledAt: true } });
      return !existing?.disabledAt;
    },
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);

/** The signed-in actor of this request, or null. Memoized per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, countryCode: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, countryCode: user.countryCode };
});

/**
 * For pages: the signed-in actor, or a redirect to sign-in; with a permission, a 403 page
 * for actors who lack it. Never returns null, so no optional id reaches a query.
 */
export async function requireActor(opts: { locale: string; permission?: Permission; returnTo?: string }): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const back = opts.returnTo ? `?callbackUrl=${encodeURIComponent(opts.returnTo)}` : "";
    redirect(`/${opts.locale}/sign-in${back}`);
  }
  if (opts.permission && !can(actor, opts.permission)) forbidden();
  return actor;
}
