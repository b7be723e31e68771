// Registrations per edition: counts by status and the way to each edition's list.
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listEditionsWithRegistrations } from "@/lib/registrations/data";
import { REGISTRATION_STATUSES } from "@/lib/registrations/schema";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { pickLocalized } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { resolveLocale } from "@/lib/i18n/server";

export default async function RegistrationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  await requireActor({ locale, permission: "registrations.view", returnTo: `/${locale}/admin/registrations` });
  const [t, ts, te] = await Promise.all([getTranslations("registrations"), getTranslations("registrations.statusValue"), getTranslations("edition")]);
  const editions = await listEditionsWithRegistrations();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t("title")} intro={t("indexIntro")} />
      {editions.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable caption={t("title")} columns={[{ label: t("edition") }, ...REGISTRATION_STATUSES.map((s) => ({ label: ts(s), align: "end" as const })), { label: t("seats"), align: "end" }]}>
          {editions.map((e) => (
            <tr key={e.id} className="border-b border-gray-200">
              <td className="py-1.5">
                <Link href={`/admin/editions/${e.id}/registrations`} className="font-semibold text-brand-800 underline">{te("title", { number: e.number, name: pickLocalized(e.series.name, locale) })}</Link>
              </td>
              {REGISTRATION_STATUSES.map((s) => <td key={s} className="py-1.5 text-end">{e.counts[s] ?? 0}</td>)}
              <td className="py-1.5 text-end">{e.capacity ?? "—"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
