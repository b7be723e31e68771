import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listCountries } from "@/lib/countries/data";
import { countryName, sortByCountryName } from "@/lib/countries/names";
import { LOCALES, LOCALE_NAMES, isLocale } from "@/lib/i18n/config";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { resolveLocale } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ order?: string }> };

export default async function CountriesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { order } = await searchParams;
  await requireActor({ locale, permission: "countries.view", returnTo: `/${locale}/admin/countries` });
  const t = await getTranslations("countries");
  const orderLocale = isLocale(order) ? order : locale;
  const countries = sortByCountryName(await listCountries(), (c) => c.code, orderLocale);
  const members = countries.filter((c) => c.unStatus === "MEMBER").length;
  return (
    <div>
      <PageHeader title={t("title")} intro={t("intro", { members, observers: countries.length - members })} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <label htmlFor="order" className="text-sm font-semibold">{t("protocolOrder")}</label>
        <select id="order" name="order" defaultValue={orderLocale} className="rounded border border-gray-400 px-2 py-1">
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>{LOCALE_NAMES[l]}</option>
          ))}
        </select>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white">{t("apply")}</button>
      </form>
      <DataTable caption={t("title")} columns={[{ label: t("name") }, { label: t("code") }, { label: t("status") }, { label: t("invitations"), align: "end" }]}>
          {countries.map((c) => (
            <tr key={c.code} className="border-b border-gray-200">
              <td className="py-1.5">
                {countryName(c.code, locale, c.nameEn)}
                {orderLocale !== locale && <span lang={orderLocale} className="ms-2 text-sm text-gray-700">({countryName(c.code, orderLocale)})</span>}
              </td>
              <td className="py-1.5 font-mono text-sm">{c.code} · {c.alpha3}</td>
              <td className="py-1.5">{t(`unStatus.${c.unStatus}`)}</td>
              <td className="py-1.5 text-end">{c._count.invitations}</td>
            </tr>
          ))}
      </DataTable>
    </div>
  );
}
