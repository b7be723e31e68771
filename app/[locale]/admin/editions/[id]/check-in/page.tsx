// The check-in desk of one edition (usable on a phone; works offline once opened).
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { parsePageParams } from "@/lib/i18n/server";
import { recordParams } from "@/lib/params";
import { pickLocalized } from "@/lib/i18n/config";
import { COUNTRY_CODES, countryName } from "@/lib/countries/names";
import { getCheckInEdition } from "@/lib/checkin/data";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { CheckInDeskLoader } from "@/lib/checkin/components/check-in-desk-loader";
import { PageHeader } from "@/components/ui/page-header";

export default async function CheckInPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await parsePageParams(recordParams, params);
  await requireActor({ locale, permission: "checkin.perform", returnTo: `/${locale}/admin/editions/${id}/check-in` });
  const e = await getCheckInEdition(id);
  if (!e) notFound();
  const [t, te] = await Promise.all([getTranslations("checkIn"), getTranslations("edition")]);
  const countryNames = Object.fromEntries(COUNTRY_CODES.map((c) => [c, countryName(c, locale)]));
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("title")} intro={te("title", { number: e.number, name: pickLocalized(e.series.name, locale) })} />
      <ClientMessages namespaces={["checkIn", "badge", "registrations"]}>
        <CheckInDeskLoader editionId={e.id} locale={locale} timeZone={e.timeZone} countryNames={countryNames} />
      </ClientMessages>
    </div>
  );
}
