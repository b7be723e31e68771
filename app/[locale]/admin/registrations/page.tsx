import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listRegistrationsForAdmin } from "@/lib/registrations/data";
import { countryName } from "@/lib/countries/names";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
import { REGISTRATION_STATUS_TONE } from "@/lib/registrations/status";
import { resolveLocale } from "@/lib/i18n/server";

export default async function RegistrationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  await requireActor({ locale, permission: "registrations.view", returnTo: `/${locale}/admin/registrations` });
  const t = await getTranslations("registrations");
  const regs = await listRegistrationsForAdmin();
  return (
    <div>
      <PageHeader title={t("title")} />
      {regs.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable caption={t("title")} columns={[{ label: t("name") }, { label: t("country") }, { label: t("role") }, { label: t("status") }]}>
            {regs.map((r) => (
              <tr key={r.id} className="border-b border-gray-200">
                <td className="py-1.5">{[r.honorific, r.givenName, r.familyName].filter(Boolean).join(" ")}<div className="text-sm text-gray-700">{r.organization}</div></td>
                <td className="py-1.5">{r.countryCode ? countryName(r.countryCode, locale) : "—"}</td>
                <td className="py-1.5">{t(`delegationRole.${r.delegationRole}`)}</td>
                <td className="py-1.5"><StatusBadge label={t(`statusValue.${r.status}`)} tone={REGISTRATION_STATUS_TONE[r.status]} /></td>
              </tr>
            ))}
        </DataTable>
      )}
    </div>
  );
}
