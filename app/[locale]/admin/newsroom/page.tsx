import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/server";

export default async function Newsroom({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  await requireActor({ locale, permission: "press.draft", returnTo: `/${locale}/admin/newsroom` });
  const t = await getTranslations("newsroom");
  return (
    <div>
      <PageHeader title={t("title")} intro={t("intro")} />
      <p>{t("empty")}</p>
    </div>
  );
}
