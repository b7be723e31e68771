import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parsePageParams } from "@/lib/i18n/server";
import { recordParams } from "@/lib/params";
import { requireActor } from "@/lib/auth";
import { getSeriesForAdmin } from "@/lib/series/data";
import { SeriesForm } from "@/lib/series/components/series-form";
import { dirOf, pickLocalized } from "@/lib/i18n/config";
import { countryName, sortByCountryName } from "@/lib/countries/names";
import { COUNTRIES } from "@/prisma/data/countries";
import { seriesParticipation } from "@/lib/invitations/data";
import { ParticipationChart } from "@/lib/countries/components/participation-chart";
import { WorldMap } from "@/lib/countries/components/world-map";
import { formatDateRange } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";

export default async function EditSeriesPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await parsePageParams(recordParams, params);
  await requireActor({ locale, permission: "series.manage", returnTo: `/${locale}/admin/series/${id}` });
  const s = await getSeriesForAdmin(id);
  if (!s) notFound();
  const t = await getTranslations("seriesAdmin");
  const tp = await getTranslations("participation");
  const participation = await seriesParticipation(s.id);
  const te = await getTranslations("edition");
  const name = pickLocalized(s.name, locale);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title={name}
        actions={
          <div className="flex gap-2">
            <Link href={`/series/${s.slug}`} className="rounded border border-brand-700 px-3 py-2 text-brand-800">{t("publicPage")}</Link>
            <Link href={`/admin/editions/new?series=${s.id}`} className="rounded bg-brand-700 px-3 py-2 font-semibold text-white">{t("newEdition")}</Link>
          </div>
        }
      />
      <section aria-labelledby="editions-heading">
        <h2 id="editions-heading" className="mb-2 text-lg font-semibold">{t("editions")}</h2>
        <ul className="flex flex-col gap-1">
          {s.editions.map((e) => (
            <li key={e.id}>
              <Link href={`/admin/editions/${e.id}`} className="text-brand-700 hover:underline">{te("title", { number: e.number, name })}</Link>
              <span className="ms-2 text-sm text-gray-700">{formatDateRange(locale, e.startsAt, null, e.timeZone)} · {te(`status.${e.status}`)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="participation-heading" className="flex flex-col gap-6">
        <h2 id="participation-heading" className="text-lg font-semibold">{tp("title")}</h2>
        <ParticipationChart
          title={tp("chartTitle")}
          rows={participation.rows.map((r) => ({ label: te("short", { number: r.number }), invited: r.invited, accepted: r.accepted, attended: r.attended }))}
          labels={{ invited: tp("invited"), accepted: tp("accepted"), attended: tp("attended") }}
          tableCaption={tp("chartTable")}
          columnLabel={tp("edition")}
          dir={dirOf(locale)}
        />
        <WorldMap
          title={tp("mapTitle")}
          entries={sortByCountryName(COUNTRIES, (c) => c.alpha2, locale).map((c) => ({ numeric: c.numeric, name: countryName(c.alpha2, locale), cls: participation.best.get(c.alpha2) ?? "notInvited" }))}
          labels={{ attended: tp("attended"), accepted: tp("acceptedOnly"), invited: tp("invitedOnly"), notInvited: tp("notInvited") }}
          tableCaption={tp("mapTable")}
          columns={{ country: tp("country"), participation: tp("participation") }}
          dir={dirOf(locale)}
        />
      </section>
      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading" className="mb-2 text-lg font-semibold">{t("edit")}</h2>
        <SeriesForm
          locale={locale}
          values={{
            id: s.id, slug: s.slug, name: s.name as Record<string, string>, description: s.description as Record<string, string> | null,
            hostName: s.hostName as Record<string, string>, hostUrl: s.hostUrl, defaultTimeZone: s.defaultTimeZone, recurrence: s.recurrence,
            recurrenceInterval: s.recurrenceInterval, byMonth: s.byMonth, byWeekday: s.byWeekday, bySetPos: s.bySetPos, byMonthDay: s.byMonthDay,
          }}
        />
      </section>
    </div>
  );
}
