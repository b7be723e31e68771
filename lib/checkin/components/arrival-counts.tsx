"use client";
// Today's arrivals at the desk: the total against the approved delegates expected, and per
// country (the 30 with most arrivals), from the counts the desk polls.
import { useTranslations } from "next-intl";

export interface Counts { total: number; expected: number; countries: { code: string | null; arrived: number; expected: number }[] }

/** `fallback`: this device's own figures, until the server's counts arrive (or while offline). */
export function ArrivalCounts({ counts, fallback, countryNames }: { counts: Counts | null; fallback: { arrived: number; expected: number }; countryNames: Record<string, string> }) {
  const t = useTranslations("checkIn");
  return (
    <section aria-labelledby="counts-heading" className="flex flex-col gap-2">
      <h2 id="counts-heading" className="font-semibold">{t("arrivals")}</h2>
      <p data-testid="arrivals-total" className="text-2xl font-semibold text-brand-900">{t("total", { arrived: counts?.total ?? fallback.arrived, expected: counts?.expected ?? fallback.expected })}</p>
      {counts && counts.countries.length > 0 && (
        <table className="text-sm">
          <caption className="sr-only">{t("byCountry")}</caption>
          <thead><tr><th scope="col" className="text-start">{t("country")}</th><th scope="col" className="text-end">{t("arrived")}</th></tr></thead>
          <tbody>
            {[...counts.countries].sort((a, b) => b.arrived - a.arrived).slice(0, 30).map((c) => (
              <tr key={c.code ?? "-"}><td>{c.code ? (countryNames[c.code] ?? c.code) : "—"}</td><td className="text-end">{c.arrived} / {c.expected}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
