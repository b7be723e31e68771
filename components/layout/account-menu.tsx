"use client";
// Reads the session in the browser so that public pages stay static and cacheable.
import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";
import { Link } from "@/lib/i18n/navigation";

type SessionInfo = { user?: { name?: string | null; email?: string | null } } | null;

export function AccountMenu(props: {
  signInLabel: string;
  myAreaLabel: string;
  signOutLabel: string;
  signOut: () => Promise<void>;
}) {
  const [session, setSession] = useState<SessionInfo | undefined>(undefined);
  // Asked again after every navigation: signing in or out ends with a client-side redirect
  // that keeps this layout, and the menu must not go on showing the old state.
  const pathname = usePathname();
  useEffect(() => {
    let alive = true;
    fetch("/api/auth/session", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((s: SessionInfo) => alive && setSession(s && s.user ? s : null))
      .catch(() => alive && setSession(null));
    return () => {
      alive = false;
    };
  }, [pathname]);
  // Until the session is known the menu shows what most readers of public pages see — the
  // sign-in link — so nothing moves when the answer comes (no layout shift).
  if (!session)
    return (
      <Link href="/sign-in" prefetch={false} data-account-menu={session === undefined ? "pending" : "anonymous"} className="rounded bg-white px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50">
        {props.signInLabel}
      </Link>
    );
  return (
    <div className="flex items-center gap-3 text-sm" data-account-menu="signed-in">
      <Link href="/home" className="text-white underline-offset-4 hover:underline" data-testid="account-name">
        {props.myAreaLabel}: {session.user?.name ?? session.user?.email}
      </Link>
      <form action={props.signOut}>
        <button type="submit" className="rounded border border-brand-100 px-3 py-1 text-white hover:bg-brand-700">
          {props.signOutLabel}
        </button>
      </form>
    </div>
  );
}
