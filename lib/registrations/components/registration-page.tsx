// The registration page around the form: the edition's name, dates and place, the
// delegation's name on a delegation's link, or a plain "not open" page.
import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/ui/message-page";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { pickLocalized, type Locale } from "@/lib/i18n/config";
import { formatDateRange, joinParts } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { COUNTRY_CODES, countryName, sortByCountryName } from "@/lib/countries/names";
import { RegistrationForm } from "./registration-form";

interface PageEdition {
  id: string;
  number: number;
  theme: unknown;
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string;
  venue: unknown;
  city: string | null;
  series: { name: unknown; slug: string };
}

export async function RegistrationPage({ e, locale, open, delegation }: { e: PageEdition; locale: Locale; open: boolean; delegation?: { key: string; invitee: string } }) {
  const [t, te] = await Promise.all([getTranslations("registrationForm"), getTranslations("edition")]);
  const edition = te("title", { number: e.number, name: pickLocalized(e.series.name, locale) });
  if (!open) {
    return <MessagePage title={t("closedTitle")} text={t("closedText")} action={<Link href={`/series/${e.series.slug}/${e.number}`} className="text-brand-800 underline">{edition}</Link>} />;
  }
  const countries = sortByCountryName(COUNTRY_CODES, (c) => c, locale).map((c) => ({ value: c, label: countryName(c, locale) }));
  const when = e.startsAt && e.endsAt ? formatDateRange(locale, e.startsAt, e.endsAt, e.timeZone) : null;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header>
        <h1 className="text-3xl font-semibold text-brand-900">{t("title", { edition })}</h1>
        <p className="mt-2 text-gray-800">{joinParts(locale, [pickLocalized(e.theme, locale), when, pickLocalized(e.venue, locale), e.city])}</p>
        {delegation && <p className="mt-3 rounded border border-brand-700 bg-brand-50 p-3">{t("delegationIntro", { invitee: delegation.invitee })}</p>}
        <p className="mt-3 text-gray-800">{t("intro")}</p>
      </header>
      <ClientMessages namespaces={["registrationForm", "registrations", "reasons", "validation"]}>
        <RegistrationForm editionId={e.id} locale={locale} delegationKey={delegation?.key} countries={countries} />
      </ClientMessages>
    </div>
  );
}
