import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { dirOf, type Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { AccountMenu } from "@/components/layout/account-menu";
import { signOutAction } from "@/lib/accounts/actions";
import "../globals.css";
import { resolveLocale } from "@/lib/i18n/server";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { FONT_VARIABLES } from "../fonts";
import { publicUrl } from "@/lib/env";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "meta" });
  // Absolute addresses in alternates (hreflang), canonical and Open Graph links, from the configured public address.
  return { metadataBase: new URL(publicUrl()), title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("nav");
  return (
    <html lang={locale} dir={dirOf(locale as Locale)} className={FONT_VARIABLES}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-gray-900 antialiased">
        <ClientMessages namespaces={[]}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
            {t("skipToContent")}
          </a>
          <header className="no-print bg-brand-800 text-white">
            <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
              <Link href="/" className="text-xl font-semibold tracking-wide text-white">
                Plenary
              </Link>
              <nav aria-label={t("mainNav")}>
                <Link href="/news" className="text-white underline-offset-4 hover:underline">{t("news")}</Link>
              </nav>
              <div className="flex flex-wrap items-center gap-6">
                <LanguageSwitcher label={t("language")} />
                <AccountMenu signInLabel={t("signIn")} myAreaLabel={t("myArea")} signOutLabel={t("signOut")} signOut={signOutAction} />
              </div>
            </div>
          </header>
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <footer className="no-print border-t border-gray-200 py-6 text-center text-sm text-gray-700">{t("footer")}</footer>
        </ClientMessages>
      </body>
    </html>
  );
}
