// Participant lists for the secretariat and the host's protocol office: filtered by status,
// country, role and category, in protocol order of any of the six languages; CSV and XLSX
// of the same list; badges to print; and the delegations by country, printable.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { parsePageParams } from "@/lib/i18n/server";
import { recordParams } from "@/lib/params";
import { LOCALES, LOCALE_NAMES, pickLocalized } from "@/lib/i18n/config";
import { COUNTRY_CODES, countryName, sortByCountryName } from "@/lib/countries/names";
import { listParticipants, type Participant } from "@/lib/registrations/lists/data";
import { BADGE_CATEGORIES, DELEGATION_ROLES, participantFilter, REGISTRATION_STATUSES } from "@/lib/registrations/schema";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { FilterSelect } from "@/components/ui/filter-select";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ParticipantsPage({ params, searchParams }: Props) {
  const { locale, id } = await parsePageParams(recordParams, params);
  await requireActor({ locale, permission: "registrations.view", returnTo: `/${locale}/admin/editions/${id}/participants` });
  const f = participantFilter.parse(await searchParams);
  const order = f.lang ?? locale;
  const list = await listParticipants(id, f, order);
  if (!list) notFound();
  const [t, tr, ts, tb, te] = await Promise.all([
    getTranslations("participants"), getTranslations("registrations"), getTranslations("registrations.statusValue"), getTranslations("badge.category"), getTranslations("edition"),
  ]);
  const edition = te("title", { number: list.edition.number, name: pickLocalized(list.edition.series.name, locale) });
  const query = new URLSearchParams(Object.entries({ status: f.status, country: f.country, role: f.role, category: f.category, lang: f.lang }).filter((kv): kv is [string, string] => !!kv[1])).toString();
  const base = `/${locale}/admin/editions/${id}`;
  const name = (r: Participant) => [r.honorific, r.givenName, r.familyName].filter(Boolean).join(" ");
  const delegations = new Map<string, Participant[]>();
  for (const r of list.rows) delegations.set(r.countryCode ?? "", [...(delegations.get(r.countryCode ?? "") ?? []), r]);

  if (f.view === "delegations") {
    return (
      <article className="flex flex-col gap-6">
        <PageHeader title={t("delegationsTitle", { edition })} actions={<Link href={`/admin/editions/${id}/participants?${query}`} className="no-print rounded border border-brand-700 px-3 py-2 text-brand-800">{t("back")}</Link>} />
        {[...delegations.entries()].map(([code, members]) => (
          <section key={code} aria-labelledby={`d-${code}`} className="break-inside-avoid">
            <h2 id={`d-${code}`} className="text-xl font-semibold">{code ? countryName(code, order) : "—"} <span className="text-base font-normal text-gray-700">({t("members", { count: members.length })})</span></h2>
            <ol className="mt-1 list-decimal ps-6">
              {members.map((r) => (
                <li key={r.id}><bdi className="font-semibold">{name(r)}</bdi>{r.jobTitle && <>, <bdi>{r.jobTitle}</bdi></>} — {tr(`delegationRole.${r.delegationRole}`)}</li>
              ))}
            </ol>
            {!members.some((r) => r.delegationRole === "HEAD") && <p className="text-sm text-amber-900">{t("noHead")}</p>}
          </section>
        ))}
      </article>
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title", { edition })} intro={t("intro")} actions={<Link href={`/admin/editions/${id}/registrations`} className="rounded border border-brand-700 px-3 py-2 text-brand-800">{t("back")}</Link>} />
      <form method="get" role="search" aria-label={tr("status")} className="flex flex-wrap items-end gap-3 rounded border border-gray-300 p-3">
        <FilterSelect name="status" label={tr("status")} value={f.status} options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: ts(s) }))} />
        <FilterSelect name="country" label={tr("country")} value={f.country} any="—" options={sortByCountryName(COUNTRY_CODES, (c) => c, locale).map((c) => ({ value: c, label: countryName(c, locale) }))} />
        <FilterSelect name="role" label={tr("role")} value={f.role} any="—" options={DELEGATION_ROLES.map((r) => ({ value: r, label: tr(`delegationRole.${r}`) }))} />
        <FilterSelect name="category" label={t("category")} value={f.category} any={t("allCategories")} options={BADGE_CATEGORIES.map((c) => ({ value: c, label: tb(c) }))} />
        <FilterSelect name="lang" label={t("protocolOrder")} value={order} options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))} />
        <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">{tr("title")}</button>
      </form>
      <ul className="flex flex-wrap gap-3">
        <li><a href={`${base}/participants/csv?${query}`} className="text-brand-800 underline">{t("csv")}</a></li>
        <li><a href={`${base}/participants/xlsx?${query}`} className="text-brand-800 underline">{t("xlsx")}</a></li>
        <li><Link href={`/admin/editions/${id}/participants?${query}&view=delegations`} className="text-brand-800 underline">{t("delegations")}</Link></li>
        <li><a href={`${base}/badges?lang=${order}${f.country ? `&country=${f.country}` : ""}`} className="text-brand-800 underline">{t("badges")}</a></li>
        <li><a href={`${base}/badges?layout=a6&lang=${order}${f.country ? `&country=${f.country}` : ""}`} className="text-brand-800 underline">{t("badgesA6")}</a></li>
      </ul>
      <p>{t("count", { count: list.rows.length })}</p>
      {list.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <DataTable caption={t("title", { edition })} columns={[{ label: tr("country") }, { label: tr("name") }, { label: tr("role") }, { label: t("category") }, { label: t("organization") }]}>
            {list.rows.map((r) => (
              <tr key={r.id} className="border-b border-gray-200">
                <td className="py-1.5">{r.countryCode ? countryName(r.countryCode, order) : "—"}</td>
                <td className="py-1.5"><Link href={`/admin/registrations/${r.id}`} className="text-brand-800 underline" dir="auto">{name(r)}</Link></td>
                <td className="py-1.5">{tr(`delegationRole.${r.delegationRole}`)}</td>
                <td className="py-1.5">{tb(r.badgeCategory)}</td>
                <td className="py-1.5" dir="auto">{r.organization ?? ""}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </div>
  );
}
