import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireActor } from "@/lib/auth";
import { getSeriesForAdmin } from "@/lib/series/data";
import { EditionForm } from "@/lib/editions/components/edition-form";
import { pickLocalized } from "@/lib/i18n/config";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ series?: string }> };

export default async function NewEditionPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  await requireActor({ locale, permission: "editions.manage", returnTo: `/${locale}/admin/editions` });
  const { series: seriesId } = await searchParams;
  const s = seriesId ? await getSeriesForAdmin(seriesId) : null;
  if (!s) notFound();
  const t = await getTranslations("editionAdmin");
  const next = (s.editions[0]?.number ?? 0) + 1;
  return (
    <div>
      <PageHeader title={t("new")} intro={pickLocalized(s.name, locale)} />
      <EditionForm
        locale={locale}
        mode="create"
        values={{ seriesId: s.id, number: next, theme: {}, venue: null, city: null, timeZone: s.defaultTimeZone, startsAt: "", endsAt: "", capacity: null, registrationOpensAt: "", registrationClosesAt: "" }}
      />
    </div>
  );
}
