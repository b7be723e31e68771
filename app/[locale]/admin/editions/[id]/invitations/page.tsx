import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireActor } from "@/lib/auth";
import { parsePageParams } from "@/lib/i18n/server";
import { recordParams, optionalQuery, searchQuery } from "@/lib/params";
import { LOCALES, LOCALE_NAMES, pickLocalized, type Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { countryName, regionalGroupOf } from "@/lib/countries/names";
import { COUNTRIES, REGIONAL_GROUPS } from "@/prisma/data/countries";
import { getInvitationsOverview, listEditionInvitations, type EditionInvitation } from "@/lib/invitations/data";
import { inviteeName } from "@/lib/invitations/letter";
import { INVITATION_STATUS_VALUES, REGIONAL_GROUP_VALUES } from "@/lib/invitations/schema";
import { INVITATION_STATUS_TONE } from "@/lib/registrations/status";
import { AddInvitationsForm, BulkActionsForm, ImportFocalPointsForm, InvitationSettingsForm } from "@/lib/invitations/components/admin-forms";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { DataTable } from "@/components/ui/data-table";
import { FilterSelect } from "@/components/ui/filter-select";

const ORDERS = ["name", "status", "group"] as const;
const query = z.object({
  status: optionalQuery(z.enum(INVITATION_STATUS_VALUES)),
  group: optionalQuery(z.enum(REGIONAL_GROUP_VALUES)),
  kind: optionalQuery(z.enum(["country", "organization", "revoked"])),
  q: searchQuery,
  order: optionalQuery(z.enum(ORDERS)),
  lang: optionalQuery(z.enum(LOCALES)),
});

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_RANK = Object.fromEntries(INVITATION_STATUS_VALUES.map((s, i) => [s, i]));

export default async function InvitationsPage({ params, searchParams }: Props) {
  const { locale, id } = await parsePageParams(recordParams, params);
  await requireActor({ locale, permission: "invitations.manage", returnTo: `/${locale}/admin/editions/${id}/invitations` });
  const parsed = query.safeParse(await searchParams);
  const f = parsed.success ? parsed.data : {};
  const overview = await getInvitationsOverview(id);
  if (!overview) notFound();
  const { edition: e, invitedBefore, previous, organizations } = overview;
  const [t, te, tc, all] = await Promise.all([getTranslations("invitationsAdmin"), getTranslations("edition"), getTranslations("countries"), listEditionInvitations(id)]);
  const orderLocale: Locale = f.lang ?? locale;
  const order = f.order ?? "name";

  // Growth: countries of this edition never invited to an earlier one.
  const countriesNow = all.filter((i) => i.countryCode && !i.revokedAt);
  const newCountries = countriesNow.filter((i) => !invitedBefore.has(i.countryCode!)).length;
  const invitedCodes = new Set(all.flatMap((i) => (i.countryCode ? [i.countryCode] : [])));
  const neverInvited = COUNTRIES.filter((c) => !invitedBefore.has(c.alpha2) && !invitedCodes.has(c.alpha2)).length;
  const counts = Object.fromEntries(INVITATION_STATUS_VALUES.map((s) => [s, all.filter((i) => i.status === s && !i.revokedAt).length]));
  const delegates = all.reduce((n, i) => n + i.registrations.length, 0);

  const q = f.q?.toLocaleLowerCase(locale);
  const groupOf = (i: EditionInvitation) => (i.countryCode ? regionalGroupOf(i.countryCode) : null);
  const rows = all.filter((i) => {
    if (f.status && (i.status !== f.status || i.revokedAt)) return false;
    if (f.group && groupOf(i) !== f.group) return false;
    if (f.kind === "country" && !i.countryCode) return false;
    if (f.kind === "organization" && !i.organizationId) return false;
    if (f.kind === "revoked" ? !i.revokedAt : false) return false;
    if (q && ![inviteeName(i, locale), inviteeName(i, "en"), i.countryCode ?? "", i.organization?.acronym ?? "", i.focalPointName ?? "", i.focalPointEmail ?? ""].some((s) => s.toLocaleLowerCase(locale).includes(q))) return false;
    return true;
  });
  const collator = new Intl.Collator(orderLocale, { sensitivity: "base" });
  const byName = (a: EditionInvitation, b: EditionInvitation) => collator.compare(inviteeName(a, orderLocale), inviteeName(b, orderLocale));
  rows.sort((a, b) => {
    if (order === "status") return STATUS_RANK[a.status] - STATUS_RANK[b.status] || byName(a, b);
    if (order === "group") return (REGIONAL_GROUPS.indexOf(groupOf(a)!) + 1 || 99) - (REGIONAL_GROUPS.indexOf(groupOf(b)!) + 1 || 99) || byName(a, b);
    return byName(a, b);
  });

  const name = pickLocalized(e.series.name, locale);
  const at = (d: Date | null) => (d ? formatDateTime(locale, d) : "");
  const countryOptions = COUNTRIES.filter((c) => !invitedCodes.has(c.alpha2))
    .map((c) => ({ value: c.alpha2, label: countryName(c.alpha2, locale) }))
    .sort((a, b) => new Intl.Collator(locale).compare(a.label, b.label));
  const groupOptions = REGIONAL_GROUP_VALUES.map((g) => ({ value: g, label: `${tc(`group.${g}`)} (${COUNTRIES.filter((c) => c.group === g).length})` }));
  const orgOptions = organizations.map((o) => ({ value: o.id, label: `${pickLocalized(o.names, locale)} (${o.acronym})` }));
  const formId = "bulk-invitations";
  const filterLink = (over: Record<string, string | undefined>) => {
    const p = new URLSearchParams(Object.entries({ ...f, ...over }).filter((kv): kv is [string, string] => typeof kv[1] === "string" && kv[1] !== ""));
    const s = p.toString();
    return `/admin/editions/${e.id}/invitations${s ? `?${s}` : ""}`;
  };

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title={t("title")}
        intro={`${te("title", { number: e.number, name })} — ${pickLocalized(e.theme, locale)}`}
        actions={<Link href={`/admin/editions/${e.id}`} className="rounded border border-brand-700 px-3 py-2 text-brand-800">{t("backToEdition")}</Link>}
      />

      <section aria-labelledby="summary-heading" className="flex flex-col gap-2">
        <h2 id="summary-heading" className="sr-only">{t("summary")}</h2>
        <p className="text-2xl font-semibold text-brand-900" data-testid="new-countries">{t("newCountries", { count: newCountries })}</p>
        <ul className="flex flex-wrap gap-2">
          {INVITATION_STATUS_VALUES.map((s) => (
            <li key={s}>
              <Link href={filterLink({ status: f.status === s ? undefined : s })} className="inline-flex items-center gap-2 rounded border border-gray-300 px-3 py-1 hover:bg-gray-50" aria-current={f.status === s ? "true" : undefined}>
                <StatusBadge label={t(`statusValue.${s}`)} tone={INVITATION_STATUS_TONE[s]} /> <span className="font-semibold">{counts[s]}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="text-sm text-gray-700">{t("totals", { invitations: all.filter((i) => !i.revokedAt).length, delegates })}</p>
      </section>

      <section aria-labelledby="add-heading" className="flex flex-col gap-3">
        <h2 id="add-heading" className="text-lg font-semibold">{t("addTitle")}</h2>
        <AddInvitationsForm editionId={e.id} locale={locale} countries={countryOptions} groups={groupOptions} organizations={orgOptions} previousNumber={previous?.number ?? null} neverInvited={neverInvited} />
      </section>

      <section aria-labelledby="list-heading" className="flex flex-col gap-3">
        <h2 id="list-heading" className="text-lg font-semibold">{t("listTitle", { count: rows.length })}</h2>
        <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-gray-300 p-3" role="search" aria-label={t("filters")}>
          <label className="flex flex-col text-sm font-semibold">{t("search")}<input name="q" defaultValue={f.q ?? ""} className="rounded border border-gray-500 px-2 py-1 font-normal" /></label>
          <FilterSelect name="status" label={t("status")} value={f.status} any={t("any")} options={INVITATION_STATUS_VALUES.map((s) => ({ value: s, label: t(`statusValue.${s}`) }))} />
          <FilterSelect name="group" label={t("regionalGroup")} value={f.group} any={t("any")} options={REGIONAL_GROUP_VALUES.map((g) => ({ value: g, label: tc(`group.${g}`) }))} />
          <FilterSelect name="kind" label={t("kind")} value={f.kind} any={t("any")} options={[{ value: "country", label: t("kindCountry") }, { value: "organization", label: t("kindOrganization") }, { value: "revoked", label: t("kindRevoked") }]} />
          <FilterSelect name="order" label={t("order")} value={order} options={ORDERS.map((o) => ({ value: o, label: t(`orderBy.${o}`) }))} />
          <FilterSelect name="lang" label={tc("protocolOrder")} value={orderLocale} options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))} />
          <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">{t("apply")}</button>
        </form>

        {rows.length > 0 && <BulkActionsForm editionId={e.id} locale={locale} formId={formId} count={rows.length} />}

        {rows.length === 0 ? (
          <p>{all.length === 0 ? t("empty") : t("noMatch")}</p>
        ) : (
          <div className="overflow-x-auto">
            <DataTable
              caption={t("listTitle", { count: rows.length })}
              columns={[{ label: t("select"), hidden: true }, { label: t("invitee") }, { label: t("regionalGroup") }, { label: t("status") }, { label: t("focalPoint") }, { label: t("delegation"), align: "end" }]}
            >
              {rows.map((i) => {
                const label = inviteeName(i, locale);
                const head = i.registrations.some((r) => r.delegationRole === "HEAD");
                return (
                  <tr key={i.id} className="border-b border-gray-200 align-top" data-invitee={i.countryCode ?? i.organization?.acronym}>
                    <td className="py-2 pe-2">
                      <input type="checkbox" name="ids" value={i.id} form={formId} defaultChecked aria-label={t("selectNamed", { name: label })} className="size-4" />
                    </td>
                    <td className="py-2">
                      <Link href={`/admin/editions/${e.id}/invitations/${i.id}`} className="font-semibold text-brand-800 underline">{label}</Link>
                      {orderLocale !== locale && <span lang={orderLocale} className="ms-2 text-sm text-gray-700">({inviteeName(i, orderLocale)})</span>}
                      {i.countryCode && !invitedBefore.has(i.countryCode) && <span className="ms-2 rounded bg-green-100 px-1.5 text-xs font-semibold text-green-900">{t("new")}</span>}
                    </td>
                    <td className="py-2 text-sm">{groupOf(i) ? tc(`group.${groupOf(i)!}`) : i.organization ? t("kindOrganization") : "—"}</td>
                    <td className="py-2">
                      {i.revokedAt ? <StatusBadge label={t("revoked")} tone="red" /> : <StatusBadge label={t(`statusValue.${i.status}`)} tone={INVITATION_STATUS_TONE[i.status]} />}
                      <div className="text-xs text-gray-700">
                        {i.sentAt && <div>{t("sentAt", { at: at(i.sentAt) })}</div>}
                        {i.respondedAt && <div>{t("respondedAt", { at: at(i.respondedAt) })}</div>}
                        {i.lastReminderAt && <div>{t("remindedAt", { at: at(i.lastReminderAt), count: i.reminderCount })}</div>}
                      </div>
                    </td>
                    <td className="py-2 text-sm">
                      {i.focalPointName ?? <span className="text-gray-700">{t("noFocalPoint")}</span>}
                      {i.focalPointEmail && <div dir="ltr" className="text-gray-700">{i.focalPointEmail}</div>}
                    </td>
                    <td className="py-2 text-end text-sm">
                      {t("quotaUsed", { used: i.registrations.length, quota: i.quota })}
                      {i.registrations.length > 0 && !head && <div className="text-amber-900">{t("noHead")}</div>}
                    </td>
                  </tr>
                );
              })}
            </DataTable>
          </div>
        )}
      </section>

      <section aria-labelledby="focal-heading" className="flex flex-col gap-3">
        <h2 id="focal-heading" className="text-lg font-semibold">{t("focalPointsTitle")}</h2>
        <ImportFocalPointsForm editionId={e.id} locale={locale} />
      </section>

      <section aria-labelledby="settings-heading" className="flex flex-col gap-3">
        <h2 id="settings-heading" className="text-lg font-semibold">{t("settings")}</h2>
        <InvitationSettingsForm editionId={e.id} locale={locale} reminderAfterDays={e.reminderAfterDays} countriesPublished={e.countriesPublished} />
      </section>
    </div>
  );
}
