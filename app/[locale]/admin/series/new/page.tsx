import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireActor } from "@/lib/auth";
import { SeriesForm } from "@/lib/series/components/series-form";
import { PageHeader } from "@/components/ui/page-header";

export default async function NewSeriesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  await requireActor({ locale, permission: "series.manage", returnTo: `/${locale}/admin/series/new` });
  const t = await getTranslations("seriesAdmin");
  return (
    <div>
      <PageHeader title={t("new")} />
      <SeriesForm locale={locale} />
    </div>
  );
}
