import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parsePageParams } from "@/lib/i18n/server";
import { recordParams } from "@/lib/params";
import { requireActor } from "@/lib/auth";
import { getSeriesForAdmin } from "@/lib/series/data";
import { SeriesForm } from "@/lib/series/components/series-form";
import { pickLocalized } from "@/lib/i18n/config";
import { formatDateRange } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";

export default async function EditSeriesPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await parsePageParams(recordParams, params);
  await requireActor({ locale, permission: "series.manage", returnTo: `/${locale}/admin/series/${id}` });
  const s = await getSeriesForAdmin(id);
  if (!s) notFound();
  const t = await getTranslations("seriesAdmin");
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
