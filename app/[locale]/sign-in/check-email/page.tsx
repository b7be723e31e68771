import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";

export default async function CheckEmailPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signIn");
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("checkEmailTitle")} intro={t("checkEmailText")} />
    </div>
  );
}
