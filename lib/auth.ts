// Sign-in (next-auth v5): email links for everyone (lib/magic-link.ts), password sign-in
// in demo mode or when configured. The cookie is a JWT naming a session row that every
// request checks (lib/sessions.ts); the role is read from the database on every request,
// so sign-out, a changed role or a disabled account take effect at once on every instance.
import { cache } from "react";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { PrismaAdapter } from "@auth/prisma-adapter";
import bcrypt from "bcryptjs";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { singleEmailAddress } from "@/lib/email-address";
import { env, passwordSignInEnabled } from "@/lib/env";
import { can, type Actor, type Permission } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/mutations";
import { magicLinkProvider, RefusedAddress } from "@/lib/magic-link";
import { clientAddress, printable } from "@/lib/rate-limit";
import { closeSession, isSessionLive, openSession } from "@/lib/sessions";

/** Email and password as typed on the sign-in form (also the form's own schema). */
export const credentialsInput = z.object({
  email: singleEmailAddress,
  password: z.string().min(1, "required").max(200, "tooLong"),
});

// An unknown address is compared against this hash, so a refused sign-in takes as long
// whether or not the account exists (bcrypt of a random string, cost 10).
export const DUMMY_HASH = "$2b$10$5F1yA9Jlygbns07gzCCzt.TuIfI0K.LBaif16slquEryuXHDlwoYW";

async function refuse(email: string, address: string, reason: "badPassword" | "unknownOrDisabled" | "passwordSignInOff") {
  // Logged and audited without the password; the visitor sees one answer for every reason.
  console.warn(`[auth] refused password sign-in for ${printable(email)} from ${printable(address)}`);
  await recordAudit(db, { actor: null, action: "auth.signInRefused", entityType: "User", entityId: printable(email), data: { address: printable(address), reason } });
  return null;
}

export const authConfig = {
  adapter: PrismaAdapter(db),
  // The cookie lives as long as the longest session; the session row decides (lib/sessions.ts).
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  // Trust the Host header only when told to (AUTH_TRUST_HOST, set by `npm start` in demo
  // mode) or when AUTH_URL names the public address, which links are then built from.
  trustHost: ["true", "1"].includes(env().AUTH_TRUST_HOST ?? "") || !!env().AUTH_URL,
  logger: {
    // A refused password is an expected outcome, shown to the user; not a server error.
    error(error) {
      if (error.name === "CredentialsSignin" || error instanceof RefusedAddress) return;
      console.error("[auth]", error);
    },
  },
  // Locale-free paths: the locale routing sends each visitor to their own language.
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
  providers: [
    magicLinkProvider,
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const address = clientAddress(request.headers);
        if (!passwordSignInEnabled()) return refuse(email, address, "passwordSignInOff");
        const user = await db.user.findUnique({ where: { email } });
        const usable = !!user?.passwordHash && !user.disabledAt;
        const matches = await bcrypt.compare(password, usable ? user.passwordHash! : DUMMY_HASH);
        if (!usable || !matches) return refuse(email, address, usable ? "badPassword" : "unknownOrDisabled");
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
    async jwt({ token, user }) {
      if (user?.id) {
        // Signing in opens a session row; the cookie names it.
        const sid = await openSession(user.id);
        if (!sid) return null;
        return { ...token, sub: user.id, sid };
      }
      // Every later request: the row must still be open (signed out, disabled, expired → gone).
      return (await isSessionLive(token.sid, token.sub)) ? token : null;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    async signOut(message) {
      if ("token" in message && message.token) await closeSession(message.token.sid);
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
    // The page asked for (set by the proxy), so a deep link survives signing in; only a
    // path on this site under the same language is ever used.
    const asked = (await headers()).get("x-plenary-path");
    const target = asked && asked.startsWith(`/${opts.locale}/`) && !asked.includes("//") ? asked : opts.returnTo;
    const back = target ? `?callbackUrl=${encodeURIComponent(target)}` : "";
    redirect(`/${opts.locale}/sign-in${back}`);
  }
  if (opts.permission && !can(actor, opts.permission)) forbidden();
  return actor;
}
