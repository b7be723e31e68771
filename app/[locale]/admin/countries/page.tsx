import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireActor } from "@/lib/auth";
import { can } from "@/lib/access/policy";
import { listCountries, listOrganizations } from "@/lib/countries/data";
import { countryName } from "@/lib/countries/names";
import { LOCALES, LOCALE_NAMES, pickLocalized, type Locale } from "@/lib/i18n/config";
import { optionalQuery } from "@/lib/params";
import { REGIONAL_GROUP_VALUES } from "@/lib/invitations/schema";
import { REGIONAL_GROUPS } from "@/prisma/data/countries";
import { OrganizationForm } from "@/lib/invitations/components/admin-forms";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { FilterSelect } from "@/components/ui/filter-select";
import { resolveLocale } from "@/lib/i18n/server";

const ORDERS = ["name", "group", "invitations"] as const;
const query = z.object({ order: optionalQuery(z.enum(LOCALES)), sort: optionalQuery(z.enum(ORDERS)), group: optionalQuery(z.enum(REGIONAL_GROUP_VALUES)) });

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CountriesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const parsed = query.safeParse(await searchParams);
  const f = parsed.success ? parsed.data : {};
  const actor = await requireActor({ locale, permission: "countries.view", returnTo: `/${locale}/admin/countries` });
  const [t, ti] = await Promise.all([getTranslations("countries"), getTranslations("invitationsAdmin")]);
  const orderLocale: Locale = f.order ?? locale;
  const sort = f.sort ?? "name";
  const [all, organizations] = await Promise.all([listCountries(), listOrganizations()]);
  const members = all.filter((c) => c.unStatus === "MEMBER").length;
  const collator = new Intl.Collator(orderLocale, { sensitivity: "base" });
  const groupRank = (g: string | null) => (g ? REGIONAL_GROUPS.indexOf(g as never) : 99);
  const countries = all
    .filter((c) => !f.group || c.regionalGroup === f.group)
    .map((c) => ({ ...c, sortName: countryName(c.code, orderLocale, c.nameEn) }))
    .sort((a, b) =>
      sort === "group" ? groupRank(a.regionalGroup) - groupRank(b.regionalGroup) || collator.compare(a.sortName, b.sortName)
      : sort === "invitations" ? b._count.invitations - a._count.invitations || collator.compare(a.sortName, b.sortName)
      : collator.compare(a.sortName, b.sortName),
    );
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} intro={t("intro", { members, observers: all.length - members })} />
      <form method="get" className="flex flex-wrap items-end gap-3">
        <FilterSelect name="order" label={t("protocolOrder")} value={orderLocale} options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))} />
        <FilterSelect name="sort" label={t("orderBy")} value={sort} options={[{ value: "name", label: t("byName") }, { value: "group", label: t("byGroup") }, { value: "invitations", label: t("byInvitations") }]} />
        <FilterSelect name="group" label={t("regionalGroup")} value={f.group} any={ti("any")} options={REGIONAL_GROUP_VALUES.map((g) => ({ value: g, label: t(`group.${g}`) }))} />
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white">{t("apply")}</button>
      </form>
      <DataTable caption={t("title")} columns={[{ label: t("name") }, { label: t("code") }, { label: t("regionalGroup") }, { label: t("status") }, { label: t("invitations"), align: "end" }]}>
        {countries.map((c) => (
          <tr key={c.code} className="border-b border-gray-200">
            <td className="py-1.5">
              <Link href={`/admin/countries/${c.code}`} className="text-brand-800 underline">{countryName(c.code, locale, c.nameEn)}</Link>
              {orderLocale !== locale && <span lang={orderLocale} className="ms-2 text-sm text-gray-700">({c.sortName})</span>}
            </td>
            <td className="py-1.5 font-mono text-sm">{c.code} · {c.alpha3}</td>
            <td className="py-1.5 text-sm">{c.regionalGroup ? t(`group.${c.regionalGroup}`) : t("noGroup")}</td>
            <td className="py-1.5">{t(`unStatus.${c.unStatus}`)}</td>
            <td className="py-1.5 text-end">{c._count.invitations}</td>
          </tr>
        ))}
      </DataTable>
      <section aria-labelledby="orgs-heading" className="flex flex-col gap-3">
        <h2 id="orgs-heading" className="text-lg font-semibold">{ti("organizations")}</h2>
        <p className="text-gray-700">{ti("organizationsIntro")}</p>
        {organizations.length > 0 && (
          <ul className="flex flex-col gap-1">
            {organizations.map((o) => (
              <li key={o.id}><span className="font-semibold">{o.acronym}</span> — {pickLocalized(o.names, locale)} <span className="text-sm text-gray-700">({ti("invitations")}: {o._count.invitations})</span></li>
            ))}
          </ul>
        )}
        {can(actor, "invitations.manage") && (
          <details className="rounded border border-gray-300 p-3">
            <summary className="cursor-pointer font-semibold">{ti("addOrganization")}</summary>
            <div className="mt-3"><OrganizationForm locale={locale} /></div>
          </details>
        )}
      </section>
    </div>
  );
}
