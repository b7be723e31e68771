// The secretariat's registrations of one edition: seats and the waiting list, counts per
// status and per country, the list filtered by status, country, role and stage, a decision
// on the ticked rows, the registration settings, and anonymizing once archived.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { can } from "@/lib/access/policy";
import { parsePageParams } from "@/lib/i18n/server";
import { recordParams } from "@/lib/params";
import { pickLocalized } from "@/lib/i18n/config";
import { countryName, sortByCountryName } from "@/lib/countries/names";
import { listRegistrations, LIST_LIMIT } from "@/lib/registrations/data";
import { awaitsFocalPoint } from "@/lib/registrations/open";
import { DELEGATION_ROLES, registrationFilter, REGISTRATION_STATUSES, STAGES } from "@/lib/registrations/schema";
import { REGISTRATION_STATUS_TONE } from "@/lib/registrations/status";
import { AnonymizeEditionForm, DecisionForm, RegistrationSettingsForm, SelectAllShown } from "@/lib/registrations/components/admin-forms";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { DataTable } from "@/components/ui/data-table";
import { FilterSelect } from "@/components/ui/filter-select";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditionRegistrationsPage({ params, searchParams }: Props) {
  const { locale, id } = await parsePageParams(recordParams, params);
  const actor = await requireActor({ locale, permission: "registrations.view", returnTo: `/${locale}/admin/editions/${id}/registrations` });
  const f = registrationFilter.parse(await searchParams);
  const data = await listRegistrations(id, f);
  if (!data) notFound();
  const [t, tr, ts, te] = await Promise.all([getTranslations("registrationsAdmin"), getTranslations("registrations"), getTranslations("registrations.statusValue"), getTranslations("edition")]);
  const { edition: e, rows, byStatus, byCountry } = data;
  const edition = te("title", { number: e.number, name: pickLocalized(e.series.name, locale) });
  const seated = (byStatus.PENDING ?? 0) + (byStatus.APPROVED ?? 0);
  const mayDecide = can(actor, "registrations.review");
  const mayEdit = can(actor, "editions.manage");
  const formId = "decide-registrations";
  const countries = sortByCountryName(byCountry.filter((c) => c.code), (c) => c.code!, locale);
  const name = (r: (typeof rows)[number]) => [r.honorific, r.givenName, r.familyName].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title={t("title", { edition })}
        intro={e.capacity !== null ? t("capacity", { seated, capacity: e.capacity }) : t("noCapacity", { seated })}
        actions={
          <div className="flex flex-wrap gap-2">
            {mayDecide && <Link href={`/admin/editions/${e.id}/registrations/new`} className="rounded bg-brand-700 px-3 py-2 font-semibold text-white">{t("addTitle")}</Link>}
            <Link href={`/admin/editions/${e.id}/participants`} className="rounded border border-brand-700 px-3 py-2 font-semibold text-brand-800">{t("participants")}</Link>
            <Link href={`/admin/editions/${e.id}/check-in`} className="rounded border border-brand-700 px-3 py-2 font-semibold text-brand-800">{t("checkIn")}</Link>
            <Link href={`/admin/editions/${e.id}`} className="rounded border border-brand-700 px-3 py-2 text-brand-800">{t("back")}</Link>
          </div>
        }
      />
      <section aria-labelledby="counts" className="flex flex-col gap-3">
        <h2 id="counts" className="text-lg font-semibold">{t("byStatus")}</h2>
        <ul className="flex flex-wrap gap-2">
          {REGISTRATION_STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/admin/editions/${e.id}/registrations${f.status === s ? "" : `?status=${s}`}`} aria-current={f.status === s ? "true" : undefined} className="inline-flex items-center gap-2 rounded border border-gray-300 px-3 py-1 hover:bg-gray-50">
                <StatusBadge label={ts(s)} tone={REGISTRATION_STATUS_TONE[s]} /> <span className="font-semibold" data-count={s}>{byStatus[s] ?? 0}</span>
              </Link>
            </li>
          ))}
        </ul>
        {(byStatus.WAITLISTED ?? 0) > 0 && <p>{t("waitlisted", { count: byStatus.WAITLISTED })}</p>}
        {countries.length > 0 && (
          <details className="rounded border border-gray-300 p-3">
            <summary className="cursor-pointer font-semibold">{t("byCountry")}</summary>
            <DataTable caption={t("byCountry")} columns={[{ label: tr("country") }, ...REGISTRATION_STATUSES.map((s) => ({ label: ts(s), align: "end" as const }))]}>
              {countries.map((c) => (
                <tr key={c.code} className="border-b border-gray-200">
                  <td className="py-1"><Link href={`/admin/editions/${e.id}/registrations?country=${c.code}`} className="text-brand-800 underline">{countryName(c.code!, locale)}</Link></td>
                  {REGISTRATION_STATUSES.map((s) => <td key={s} className="py-1 text-end">{c.counts[s] ?? 0}</td>)}
                </tr>
              ))}
            </DataTable>
          </details>
        )}
      </section>

      <section aria-labelledby="list" className="flex flex-col gap-3">
        <h2 id="list" className="text-lg font-semibold">{t("registrations")}</h2>
        <form method="get" role="search" aria-label={t("filters")} className="flex flex-wrap items-end gap-3 rounded border border-gray-300 p-3">
          <label className="flex flex-col text-sm font-semibold">{t("search")}<input name="q" defaultValue={f.q ?? ""} className="rounded border border-gray-500 px-2 py-1 font-normal" /></label>
          <FilterSelect name="status" label={tr("status")} value={f.status} any={t("allStatuses")} options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: ts(s) }))} />
          <FilterSelect name="country" label={tr("country")} value={f.country} any={t("allCountries")} options={countries.map((c) => ({ value: c.code!, label: countryName(c.code!, locale) }))} />
          <FilterSelect name="role" label={tr("role")} value={f.role} any={t("allRoles")} options={DELEGATION_ROLES.map((r) => ({ value: r, label: tr(`delegationRole.${r}`) }))} />
          <FilterSelect name="stage" label={t("stage")} value={f.stage} any={t("allStages")} options={STAGES.map((s) => ({ value: s, label: t(`stageValue.${s}`) }))} />
          <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">{t("apply")}</button>
        </form>
        <p className="text-sm text-gray-700">{t("count", { shown: rows.length })}{data.more ? ` ${t("more", { limit: LIST_LIMIT })}` : ""}</p>
        {mayDecide && rows.length > 0 && (
          <ClientMessages namespaces={["registrationsAdmin", "reasons", "validation"]}>
            <DecisionForm editionId={e.id} locale={locale} formId={formId} />
          </ClientMessages>
        )}
        {mayDecide && rows.length > 0 && <SelectAllShown formId={formId} label={t("selectAll")} />}
        {rows.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <DataTable
              caption={t("registrations")}
              columns={[...(mayDecide ? [{ label: t("selectAll"), hidden: true }] : []), { label: tr("name") }, { label: tr("country") }, { label: tr("role") }, { label: tr("status") }, { label: t("visa") }]}
            >
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-gray-200 align-top" data-registration={r.id}>
                  {mayDecide && (
                    <td className="py-2 pe-2"><input type="checkbox" name="ids" value={r.id} form={formId} aria-label={t("select", { name: name(r) })} className="size-4" /></td>
                  )}
                  <td className="py-2">
                    <Link href={`/admin/registrations/${r.id}`} className="font-semibold text-brand-800 underline" dir="auto">{r.erasedAt ? t("erased") : name(r)}</Link>
                    {r.organization && <div className="text-sm text-gray-700" dir="auto">{r.organization}</div>}
                  </td>
                  <td className="py-2">{r.countryCode ? countryName(r.countryCode, locale) : "—"}</td>
                  <td className="py-2">{tr(`delegationRole.${r.delegationRole}`)}</td>
                  <td className="py-2">
                    <StatusBadge label={ts(r.status)} tone={REGISTRATION_STATUS_TONE[r.status]} />
                    {r.status === "WAITLISTED" && <span className="ms-2 text-sm">#{r.waitlistPosition}</span>}
                    {awaitsFocalPoint(e, r) && <div className="text-sm text-amber-900">{t("stageValue.focalPoint")}</div>}
                  </td>
                  <td className="py-2 text-sm">{r.visaLetterRequested ? t("visaYes") : ""}</td>
                </tr>
              ))}
            </DataTable>
          </div>
        )}
      </section>

      {mayEdit && (
        <section aria-labelledby="settings" className="flex flex-col gap-3">
          <h2 id="settings" className="text-lg font-semibold">{t("settings")}</h2>
          <p><Link href={`/series/${e.series.slug}/${e.number}/register`} className="text-brand-800 underline">{t("publicForm")}</Link></p>
          <ClientMessages namespaces={["registrationsAdmin", "reasons", "validation"]}>
            <RegistrationSettingsForm editionId={e.id} locale={locale} values={{ capacity: e.capacity, countryQuota: e.countryQuota, publicRegistration: e.publicRegistration, focalPointReview: e.focalPointReview }} />
            {e.status === "ARCHIVED" && mayDecide && <AnonymizeEditionForm editionId={e.id} locale={locale} />}
          </ClientMessages>
        </section>
      )}
    </div>
  );
}
