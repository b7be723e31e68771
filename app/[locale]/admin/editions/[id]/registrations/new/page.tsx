// The secretariat adds a participant (a speaker, a guest of the host, a late nomination):
// the registration form, with the badge's category, open whatever the public form's dates.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { parsePageParams } from "@/lib/i18n/server";
import { recordParams } from "@/lib/params";
import { pickLocalized } from "@/lib/i18n/config";
import { COUNTRY_CODES, countryName, sortByCountryName } from "@/lib/countries/names";
import { getCheckInEdition } from "@/lib/checkin/data";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { Link } from "@/lib/i18n/navigation";
import { RegistrationForm } from "@/lib/registrations/components/registration-form";
import { PageHeader } from "@/components/ui/page-header";

export default async function AddParticipantPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await parsePageParams(recordParams, params);
  await requireActor({ locale, permission: "registrations.review", returnTo: `/${locale}/admin/editions/${id}/registrations/new` });
  const e = await getCheckInEdition(id);
  if (!e) notFound();
  const [t, te] = await Promise.all([getTranslations("registrationsAdmin"), getTranslations("edition")]);
  const countries = sortByCountryName(COUNTRY_CODES, (c) => c, locale).map((c) => ({ value: c, label: countryName(c, locale) }));
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={t("addTitle")}
        intro={te("title", { number: e.number, name: pickLocalized(e.series.name, locale) })}
        actions={<Link href={`/admin/editions/${id}/registrations`} className="rounded border border-brand-700 px-3 py-2 text-brand-800">{t("registrations")}</Link>}
      />
      <p>{t("addIntro")}</p>
      <ClientMessages namespaces={["registrationForm", "registrationSelf", "registrations", "registrationsAdmin", "badge", "reasons", "validation"]}>
        <RegistrationForm editionId={e.id} locale={locale} countries={countries} staff />
      </ClientMessages>
    </div>
  );
}
