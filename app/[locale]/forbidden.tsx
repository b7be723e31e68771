import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { MessagePage } from "@/components/ui/message-page";

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return <MessagePage title={t("title")} text={t("text")} action={<Link href="/home" className="text-brand-700 underline">{t("back")}</Link>} />;
}
