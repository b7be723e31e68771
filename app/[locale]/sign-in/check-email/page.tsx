import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/server";

export default async function CheckEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  await resolveLocale(params);
  const t = await getTranslations("signIn");
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("checkEmailTitle")} intro={t("checkEmailText")} />
    </div>
  );
}
