import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/server";
import { requireActor } from "@/lib/auth";
import { can } from "@/lib/access/policy";
import { listEditionsForNewsroom, listReleasesForAdmin } from "@/lib/press/data";
import { NewReleaseForm } from "@/lib/press/components/new-release-form";
import { PRESS_STATUS_TONE } from "@/lib/press/status";
import { LOCALE_NAMES, pickLocalized, type Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";

export default async function NewsroomPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const actor = await requireActor({ locale, permission: "press.view", returnTo: `/${locale}/admin/newsroom` });
  const [t, te, releases, editions] = await Promise.all([getTranslations("newsroom"), getTranslations("edition"), listReleasesForAdmin(), listEditionsForNewsroom()]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {can(actor, "press.draft") && (
        <section aria-labelledby="new-heading" className="rounded border border-gray-300 p-4">
          <h2 id="new-heading" className="mb-2 font-semibold">{t("new")}</h2>
          <NewReleaseForm locale={locale} editions={editions.map((e) => ({ id: e.id, label: te("title", { number: e.number, name: pickLocalized(e.series.name, locale) }) }))} />
        </section>
      )}
      {releases.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable caption={t("title")} columns={[{ label: t("headline") }, { label: t("status") }, { label: t("languages") }, { label: t("updated") }]}>
            {releases.map((r) => {
              const source = r.translations.find((x) => x.locale === r.sourceLocale);
              return (
                <tr key={r.id} className="border-b border-gray-200 align-top">
                  <td className="py-2">
                    <Link href={`/admin/newsroom/${r.id}`} className="font-semibold text-brand-700 hover:underline">{source?.title ?? r.slug}</Link>
                    <div className="text-sm text-gray-700">{te("title", { number: r.edition.number, name: pickLocalized(r.edition.series.name, locale) })}</div>
                  </td>
                  <td className="py-2"><StatusBadge label={t(`statusValue.${r.status}`)} tone={PRESS_STATUS_TONE[r.status]} /></td>
                  <td className="py-2 text-sm">{r.translations.filter((x) => x.status === "APPROVED").map((x) => LOCALE_NAMES[x.locale as Locale]).join(", ") || "—"}</td>
                  <td className="py-2 text-sm">{formatDateTime(locale, r.updatedAt)}</td>
                </tr>
              );
            })}
        </DataTable>
      )}
    </div>
  );
}
