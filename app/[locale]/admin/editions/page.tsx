import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listEditionsForAdmin } from "@/lib/editions/data";
import { pickLocalized } from "@/lib/i18n/config";
import { formatDateRange } from "@/lib/i18n/format";
import { EDITION_STATUS_TONE } from "@/lib/editions/status";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { Link } from "@/lib/i18n/navigation";
import { StatusBadge } from "@/components/ui/status-badge";
import { resolveLocale } from "@/lib/i18n/server";

export default async function EditionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  await requireActor({ locale, permission: "editions.manage", returnTo: `/${locale}/admin/editions` });
  const t = await getTranslations("editions");
  const te = await getTranslations("edition");
  const editions = await listEditionsForAdmin();
  return (
    <div>
      <PageHeader title={t("title")} actions={<Link href="/admin/series" className="rounded border border-brand-700 px-3 py-2 text-brand-800">{t("manageSeries")}</Link>} />
      <DataTable caption={t("title")} columns={[{ label: t("edition") }, { label: t("dates") }, { label: t("status") }, { label: t("invited"), align: "end" }, { label: t("registered"), align: "end" }]}>
          {editions.map((e) => (
            <tr key={e.id} className="border-b border-gray-200">
              <td className="py-2">
                <Link href={`/admin/editions/${e.id}`} className="font-semibold text-brand-700 hover:underline">{te("title", { number: e.number, name: pickLocalized(e.series.name, locale) })}</Link>
                <div className="text-sm text-gray-700">{pickLocalized(e.theme, locale)}</div>
              </td>
              <td className="py-2">{formatDateRange(locale, e.startsAt, e.endsAt, e.timeZone)}</td>
              <td className="py-2"><StatusBadge label={te(`status.${e.status}`)} tone={EDITION_STATUS_TONE[e.status]} /></td>
              <td className="py-2 text-end">{e._count.invitations}</td>
              <td className="py-2 text-end">{e._count.registrations}</td>
            </tr>
          ))}
      </DataTable>
    </div>
  );
}
