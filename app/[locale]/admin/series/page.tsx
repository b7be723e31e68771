import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireActor } from "@/lib/auth";
import { listSeriesForAdmin } from "@/lib/series/data";
import { pickLocalized } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";

export default async function SeriesAdminPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  await requireActor({ locale, permission: "series.manage", returnTo: `/${locale}/admin/series` });
  const t = await getTranslations("seriesAdmin");
  const series = await listSeriesForAdmin();
  return (
    <div>
      <PageHeader title={t("title")} actions={<Link href="/admin/series/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">{t("new")}</Link>} />
      <ul className="flex flex-col gap-3">
        {series.map((s) => (
          <li key={s.id} className="rounded border border-gray-300 p-4">
            <Link href={`/admin/series/${s.id}`} className="font-semibold text-brand-700 hover:underline">{pickLocalized(s.name, locale)}</Link>
            <p className="text-sm text-gray-700">/{s.slug} · {t("editionCount", { count: s._count.editions })}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
