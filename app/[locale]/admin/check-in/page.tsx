// The desk's start: the editions people can arrive at (check-in staff land here).
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listCheckInEditions } from "@/lib/checkin/data";
import { pickLocalized } from "@/lib/i18n/config";
import { formatDateRange } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { resolveLocale } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";

export default async function CheckInIndexPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  await requireActor({ locale, permission: "checkin.perform", returnTo: `/${locale}/admin/check-in` });
  const [t, te] = await Promise.all([getTranslations("checkIn"), getTranslations("edition")]);
  const editions = await listCheckInEditions();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("title")} intro={t("indexIntro")} />
      {editions.length === 0 ? (
        <p>{t("noEdition")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {editions.map((e) => (
            <li key={e.id}>
              <Link href={`/admin/editions/${e.id}/check-in`} className="font-semibold text-brand-800 underline">{te("title", { number: e.number, name: pickLocalized(e.series.name, locale) })}</Link>
              {e.startsAt && <span className="ms-2 text-gray-700">{formatDateRange(locale, e.startsAt, e.endsAt, e.timeZone)}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
