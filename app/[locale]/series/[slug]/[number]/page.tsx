import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parsePageParams } from "@/lib/i18n/server";
import { editionParams } from "@/lib/params";
import { getPublicEdition } from "@/lib/editions/data";
import { EDITION_STATUS_TONE } from "@/lib/editions/status";
import { countryName, sortByCountryName } from "@/lib/countries/names";
import { pickLocalized } from "@/lib/i18n/config";
import { formatDateRange, joinParts } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { StatusBadge } from "@/components/ui/status-badge";
import { LocalTime } from "@/components/ui/local-time";

// Static pages, rendered on first visit and cached (ISR); an organizer's change
// invalidates them at once through the data's cache tag.
export const revalidate = 60;
export function generateStaticParams() {
  return []; // nothing at build time: the database is not needed to build
}

type Props = { params: Promise<{ locale: string; slug: string; number: string }> };

async function load(params: Props["params"]) {
  const { locale, slug, number } = await parsePageParams(editionParams, params);
  return { locale, e: await getPublicEdition(slug, number) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, e } = await load(params);
  if (!e) return {};
  const t = await getTranslations({ locale, namespace: "edition" });
  return { title: t("title", { number: e.number, name: pickLocalized(e.series.name, locale) }), description: pickLocalized(e.theme, locale) };
}

export default async function EditionPage({ params }: Props) {
  const { locale, e } = await load(params);
  if (!e) notFound();
  const t = await getTranslations("publicEdition");
  const te = await getTranslations("edition");
  const name = pickLocalized(e.series.name, locale);
  const fmtTime = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: e.timeZone });
  const fmtDay = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: e.timeZone });
  const readerZone = t("readerZoneNote");
  const countries = sortByCountryName(e.countries, (c) => c, locale);
  return (
    <article className="flex flex-col gap-8">
      <header>
        <p className="text-sm font-semibold text-brand-700">
          <Link href={`/series/${e.series.slug}`} className="hover:underline">{name}</Link>
        </p>
        <h1 className="mt-1 text-3xl font-semibold text-brand-900">{te("title", { number: e.number, name })}</h1>
        <p className="mt-2 text-xl text-gray-800">{pickLocalized(e.theme, locale)}</p>
        <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("dates")}</dt>
          <dd>
            {formatDateRange(locale, e.startsAt, e.endsAt, e.timeZone)} <span className="text-sm text-gray-700">({e.timeZone})</span>
            {e.startsAt && (
              <>
                <br />
                <LocalTime iso={e.startsAt.toISOString()} locale={locale} label={t("yourTime")} />
              </>
            )}
          </dd>
          {(e.venue || e.city) && (
            <>
              <dt className="font-semibold">{t("venue")}</dt>
              <dd>{joinParts(locale, [pickLocalized(e.venue, locale), e.city])}</dd>
            </>
          )}
          <dt className="font-semibold">{t("host")}</dt>
          <dd>{pickLocalized(e.series.hostName, locale)}</dd>
          <dt className="font-semibold">{t("status")}</dt>
          <dd><StatusBadge label={te(`status.${e.status}`)} tone={EDITION_STATUS_TONE[e.status]} /></dd>
        </dl>
        {e.status === "CANCELLED" && (
          <div role="status" className="mt-4 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
            <p className="font-semibold">{e.cancelledAt ? t("cancelledOn", { date: formatDateRange(locale, e.cancelledAt, null, e.timeZone) }) : t("cancelled")}</p>
            {e.cancellationReason && <p className="mt-1" dir="auto">{e.cancellationReason}</p>}
          </div>
        )}
        {e.status === "REGISTRATION_OPEN" && e.publicRegistration && (
          <p className="mt-4">
            <Link href={`/series/${e.series.slug}/${e.number}/register`} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("register")}</Link>
          </p>
        )}
        <p className="mt-4">
          <a href={`/${locale}/series/${e.series.slug}/${e.number}/calendar.ics`} className="text-brand-700 underline" download>{t("addToCalendar")}</a>
        </p>
      </header>
      <section aria-labelledby="programme-heading">
        <h2 id="programme-heading" className="mb-3 text-xl font-semibold">{t("programme")}</h2>
        <p className="mb-3 text-sm text-gray-700">{t("timesIn", { zone: e.timeZone })} {readerZone}</p>
        {e.sessions.length === 0 ? (
          <p>{t("noProgramme")}</p>
        ) : (
          <ol className="flex flex-col gap-3">
            {e.sessions.map((s) => (
              <li key={s.id} className="rounded border border-gray-300 p-4">
                <p className="text-sm text-gray-700">
                  {fmtDay.format(s.startsAt)} · <time dateTime={s.startsAt.toISOString()}>{fmtTime.format(s.startsAt)}</time>–<time dateTime={s.endsAt.toISOString()}>{fmtTime.format(s.endsAt)}</time>
                  {s.room && ` · ${s.room}`}
                </p>
                <p><LocalTime iso={s.startsAt.toISOString()} locale={locale} label={t("yourTime")} /></p>
                <h3 className="font-semibold">{pickLocalized(s.title, locale)}</h3>
                {s.speakers.length > 0 && (
                  <ul className="mt-1 text-gray-800">
                    {s.speakers.map((p) => (
                      <li key={p.speakerId}>
                        <span className="text-sm text-gray-700">{t(`speakerRole.${p.role}`)}:</span> {[p.speaker.honorific, p.speaker.name].filter(Boolean).join(" ")}
                        {p.speaker.position && `, ${p.speaker.position}`}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      {countries.length + e.organizations.length > 0 && (
        <section aria-labelledby="countries-heading">
          <h2 id="countries-heading" className="mb-3 text-xl font-semibold">{t("countries", { count: countries.length })}</h2>
          <ul className="columns-2 gap-6 sm:columns-3">
            {countries.map((c) => (
              <li key={c}>{countryName(c, locale)}</li>
            ))}
          </ul>
          {e.organizations.length > 0 && (
            <>
              <h3 className="mb-2 mt-4 font-semibold">{t("organizations", { count: e.organizations.length })}</h3>
              <ul className="columns-2 gap-6 sm:columns-3">
                {e.organizations.map((o) => (
                  <li key={o.acronym}>{pickLocalized(o.names, locale)} ({o.acronym})</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </article>
  );
}
