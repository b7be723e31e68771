"use client";
import { Suspense } from "react";
import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/config";

/**
 * The same page in another language, with its query kept (a comparison's ?a=&b=, a search).
 * The query is read in the browser: static pages are rendered without it (the fallback),
 * and the links gain it once the page has loaded.
 */
export function LanguageSwitcher({ label }: { label: string }) {
  return (
    <nav aria-label={label}>
      <Suspense fallback={<Links query="" />}>
        <LinksWithQuery />
      </Suspense>
    </nav>
  );
}

function LinksWithQuery() {
  const query = useSearchParams().toString();
  return <Links query={query} />;
}

function Links({ query }: { query: string }) {
  const pathname = usePathname();
  const current = useLocale();
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
      {LOCALES.map((l) => (
        <li key={l}>
          <Link
            href={query ? `${pathname}?${query}` : pathname}
            locale={l}
            prefetch={false}
            lang={l}
            hrefLang={l}
            aria-current={l === current ? "true" : undefined}
            className={l === current ? "font-semibold text-white underline underline-offset-4" : "text-brand-100 hover:text-white hover:underline"}
          >
            {LOCALE_NAMES[l]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
