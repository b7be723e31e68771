import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireActor } from "@/lib/auth";
import { getReviewQueue } from "@/lib/press/data";
import { LOCALE_NAMES, type Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";

export default async function ReviewQueue({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  await requireActor({ locale, permission: "press.review", returnTo: `/${locale}/admin/review` });
  const t = await getTranslations("review");
  const tn = await getTranslations("newsroom");
  const queue = await getReviewQueue();
  const empty = queue.releases.length === 0 && queue.translations.length === 0;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {empty && <p>{t("empty")}</p>}
      {queue.releases.length > 0 && (
        <section aria-labelledby="releases-heading">
          <h2 id="releases-heading" className="mb-2 font-semibold">{t("releases")}</h2>
          <ul className="list-disc ps-6">
            {queue.releases.map((r) => (
              <li key={r.id}><Link href={`/admin/newsroom/${r.id}`} className="text-brand-700 underline">{r.translations.find((x) => x.locale === r.sourceLocale)?.title ?? r.slug}</Link></li>
            ))}
          </ul>
        </section>
      )}
      {queue.translations.length > 0 && (
        <section aria-labelledby="translations-heading">
          <h2 id="translations-heading" className="mb-2 font-semibold">{t("translations")}</h2>
          <ul className="list-disc ps-6">
            {queue.translations.map((x) => (
              <li key={x.id}>
                <Link href={`/admin/newsroom/${x.release.id}/translate/${x.locale}`} className="text-brand-700 underline" lang={x.locale}>{x.title}</Link> ({tn("translate", { language: LOCALE_NAMES[x.locale as Locale] })})
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
