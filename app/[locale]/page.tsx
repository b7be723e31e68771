import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/i18n/config";
import { formatDateRange } from "@/lib/i18n/format";
import { listPublicSeries } from "@/lib/series/data";
import { EDITION_STATUS_TONE } from "@/lib/editions/status";
import { StatusBadge } from "@/components/ui/status-badge";
import { resolveLocale } from "@/lib/i18n/server";

// Static pages, rendered on first visit and cached (ISR); an organizer's change
// invalidates them at once through the data's cache tag.
export const revalidate = 60;
export function generateStaticParams() {
  return []; // nothing at build time: the database is not needed to build
}


export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("home");
  const te = await getTranslations("edition");
  const series = await listPublicSeries();
  return (
    <div className="flex flex-col gap-10">
      <section>
        <h1 className="text-3xl font-semibold text-brand-900">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-lg text-gray-700">{t("intro")}</p>
      </section>
      <section aria-labelledby="series-heading">
        <h2 id="series-heading" className="mb-4 text-xl font-semibold">{t("seriesHeading")}</h2>
        {series.length === 0 && <p>{t("noSeries")}</p>}
        <ul className="flex flex-col gap-6">
          {series.map((s) => {
            const name = pickLocalized(s.name, locale);
            return (
              <li key={s.id} className="rounded border border-gray-300 p-5">
                <h3 className="text-lg font-semibold">
                  <Link href={`/series/${s.slug}`} className="text-brand-700 underline-offset-4 hover:underline">{name}</Link>
                </h3>
                <p className="text-gray-700">{t("hostedBy", { host: pickLocalized(s.hostName, locale) })}</p>
                {s.editions.length === 0 ? (
                  <p className="mt-2 text-gray-700">{t("noEditions")}</p>
                ) : (
                  <ul className="mt-3 flex flex-col gap-2">
                    {s.editions.map((e) => (
                      <li key={e.id} className="flex flex-wrap items-center gap-3">
                        <Link href={`/series/${s.slug}/${e.number}`} className="font-semibold text-brand-700 hover:underline">
                          {te("title", { number: e.number, name })}
                        </Link>
                        <span className="text-gray-700">{formatDateRange(locale, e.startsAt, e.endsAt, e.timeZone)}</span>
                        <StatusBadge label={te(`status.${e.status}`)} tone={EDITION_STATUS_TONE[e.status]} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
