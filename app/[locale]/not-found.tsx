import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { MessagePage } from "@/components/ui/message-page";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return <MessagePage title={t("title")} text={t("text")} action={<Link href="/" className="text-brand-700 underline">{t("back")}</Link>} />;
}
