import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto max-w-2xl py-10">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-gray-700">{t("text")}</p>
      <p className="mt-4">
        <Link href="/" className="text-brand-700 underline">{t("back")}</Link>
      </p>
    </div>
  );
}
