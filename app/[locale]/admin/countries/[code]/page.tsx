import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireActor } from "@/lib/auth";
import { parsePageParams } from "@/lib/i18n/server";
import { localeParam } from "@/lib/params";
import { countryName } from "@/lib/countries/names";
import { pickLocalized } from "@/lib/i18n/config";
import { formatDateRange } from "@/lib/i18n/format";
import { countryHistory } from "@/lib/invitations/data";
import { INVITATION_STATUS_TONE } from "@/lib/registrations/status";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { DataTable } from "@/components/ui/data-table";
import { Link } from "@/lib/i18n/navigation";

const params = z.object({ locale: localeParam, code: z.string().regex(/^[A-Z]{2}$/) });

/** One country across every edition: invited, answer, delegates, attended. */
export default async function CountryPage(props: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await parsePageParams(params, props.params);
  await requireActor({ locale, permission: "countries.view", returnTo: `/${locale}/admin/countries/${code}` });
  const h = await countryHistory(code);
  if (!h) notFound();
  const [t, td, te] = await Promise.all([getTranslations("countries"), getTranslations("delegation"), getTranslations("edition")]);
  const c = h.country;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={countryName(c.code, locale, c.nameEn)}
        intro={`${c.code} · ${c.alpha3} · ${t(`unStatus.${c.unStatus}`)} · ${c.regionalGroup ? t(`group.${c.regionalGroup}`) : t("noGroup")}`}
        actions={<Link href="/admin/countries" className="rounded border border-brand-700 px-3 py-2 text-brand-800">{t("title")}</Link>}
      />
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-lg font-semibold">{t("historyTitle")}</h2>
        {h.rows.length === 0 ? (
          <p>{t("historyEmpty")}</p>
        ) : (
          <DataTable caption={t("historyTitle")} columns={[{ label: t("edition") }, { label: t("answer") }, { label: t("delegates"), align: "end" }, { label: t("attended") }]}>
            {h.rows.map((r) => (
              <tr key={r.id} className="border-b border-gray-200">
                <td className="py-1.5">
                  <Link href={`/admin/editions/${r.edition.id}/invitations/${r.id}`} className="text-brand-800 underline">{te("title", { number: r.edition.number, name: pickLocalized(r.edition.series.name, locale) })}</Link>
                  {r.edition.startsAt && <div className="text-sm text-gray-700">{formatDateRange(locale, r.edition.startsAt, null, r.edition.timeZone)}</div>}
                </td>
                <td className="py-1.5"><StatusBadge label={td(`invitationStatus.${r.status}`)} tone={INVITATION_STATUS_TONE[r.status]} /></td>
                <td className="py-1.5 text-end">{r.delegates} / {r.nominated}</td>
                <td className="py-1.5">{r.attended ? t("yes") : t("no")}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
