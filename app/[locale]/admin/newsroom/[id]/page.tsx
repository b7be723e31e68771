import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parsePageParams } from "@/lib/i18n/server";
import { recordParams } from "@/lib/params";
import { requireActor } from "@/lib/auth";
import { getReleaseForAdmin } from "@/lib/press/data";
import { allowedPressActions } from "@/lib/press/policy";
import { PRESS_STATUS_TONE, TRANSLATION_STATUS_TONE } from "@/lib/press/status";
import { ReleaseEditor } from "@/lib/press/components/release-editor";
import { RestoreVersionButton, SlugForm, TimingForm, WithdrawForm, WorkflowButtons } from "@/lib/press/components/workflow-buttons";
import { CorrectionEditor } from "@/lib/press/components/correction-editor";
import { slugFromTitle } from "@/lib/press/slug";
import { LOCALES, LOCALE_NAMES, pickLocalized, type Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";

export default async function ReleasePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await parsePageParams(recordParams, params);
  const actor = await requireActor({ locale, permission: "press.view", returnTo: `/${locale}/admin/newsroom/${id}` });
  const r = await getReleaseForAdmin(id);
  if (!r) notFound();
  const [t, te] = await Promise.all([getTranslations("newsroom"), getTranslations("edition")]);
  const source = r.translations.find((x) => x.locale === r.sourceLocale);
  const allowed = allowedPressActions(actor, r.status);
  const sourceVersions = r.versions.filter((v) => v.locale === r.sourceLocale);
  const when = (d: Date | null) => (d ? formatDateTime(locale, d, r.edition.timeZone) : "");
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={source?.title ?? r.slug} intro={te("title", { number: r.edition.number, name: pickLocalized(r.edition.series.name, locale) })} />
      <section aria-labelledby="workflow-heading" className="flex flex-col gap-3">
        <h2 id="workflow-heading" className="text-lg font-semibold">
          {t("status")} <StatusBadge label={t(`statusValue.${r.status}`)} tone={PRESS_STATUS_TONE[r.status]} />
        </h2>
        {r.publishAt && (r.status === "SCHEDULED" || r.status === "EMBARGOED") && <p>{t("publishesAt", { when: when(r.publishAt), zone: r.edition.timeZone })}</p>}
        {r.publishedAt && r.status === "PUBLISHED" && (
          <p>
            {t("publishedAt", { when: when(r.publishedAt) })} <Link href={`/news/${r.slug}`} className="text-brand-700 underline">{t("publicPage")}</Link>
          </p>
        )}
        <WorkflowButtons releaseId={r.id} allowed={allowed} version={sourceVersions[0]?.number ?? 1} />
        {allowed.includes("withdraw") && <WithdrawForm releaseId={r.id} />}
        <TimingForm releaseId={r.id} timeZone={r.edition.timeZone} canSchedule={allowed.includes("schedule")} />
        {allowed.includes("edit") && !r.publishedAt && !r.distributedAt ? (
          <SlugForm releaseId={r.id} slug={r.slugSettled ? r.slug : ""} proposed={slugFromTitle(r.translations.find((x) => x.locale === "en")?.title ?? source?.title ?? "")} />
        ) : (
          <p className="text-sm text-gray-700">{t("slugFixed")} <span dir="ltr" className="font-mono">/news/{r.slug}</span></p>
        )}
      </section>
      <section aria-labelledby="text-heading">
        <h2 id="text-heading" className="mb-3 text-lg font-semibold">{t("sourceText", { language: LOCALE_NAMES[r.sourceLocale as Locale] })}</h2>
        {r.status === "PUBLISHED" && source ? (
          <CorrectionEditor release={r} locale={r.sourceLocale as Locale} live={source} canEdit={allowed.includes("translate")} canApprove={allowed.includes("approveTranslation")} />
        ) : (
          source && <ReleaseEditor releaseId={r.id} locale={r.sourceLocale as Locale} title={source.title} summary={source.summary} body={source.body} disabled={!allowed.includes("edit")} />
        )}
      </section>
      <section aria-labelledby="translations-heading">
        <h2 id="translations-heading" className="mb-3 text-lg font-semibold">{t("translations")}</h2>
        <DataTable caption={t("translations")} columns={[{ label: t("language") }, { label: t("status") }, { label: t("open"), hidden: true }]}>
            {LOCALES.filter((l) => l !== r.sourceLocale).map((l) => {
              const tr = r.translations.find((x) => x.locale === l);
              const status = tr?.status ?? "MISSING";
              return (
                <tr key={l} className="border-b border-gray-200">
                  <td className="py-2" lang={l}>{LOCALE_NAMES[l]}</td>
                  <td className="py-2"><StatusBadge label={t(`translationStatus.${status}`)} tone={TRANSLATION_STATUS_TONE[status]} /></td>
                  <td className="py-2"><Link href={`/admin/newsroom/${r.id}/translate/${l}`} className="text-brand-700 underline">{t("translate", { language: LOCALE_NAMES[l] })}</Link></td>
                </tr>
              );
            })}
        </DataTable>
      </section>
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading" className="mb-3 text-lg font-semibold">{t("versions")}</h2>
        {sourceVersions.length > 1 && (
          <form method="get" action={`/${locale}/admin/newsroom/${r.id}/compare`} className="mb-3 flex flex-wrap items-end gap-2">
            <label className="flex flex-col text-sm font-semibold">
              {t("compareFrom")}
              <select name="a" defaultValue={sourceVersions[1].id} className="rounded border border-gray-500 px-2 py-1 font-normal">
                {sourceVersions.map((v) => <option key={v.id} value={v.id}>{t("versionLabel", { number: v.number })}</option>)}
              </select>
            </label>
            <label className="flex flex-col text-sm font-semibold">
              {t("compareTo")}
              <select name="b" defaultValue={sourceVersions[0].id} className="rounded border border-gray-500 px-2 py-1 font-normal">
                {sourceVersions.map((v) => <option key={v.id} value={v.id}>{t("versionLabel", { number: v.number })}</option>)}
              </select>
            </label>
            <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">{t("compare")}</button>
          </form>
        )}
        <ol className="flex flex-col gap-1 text-sm">
          {r.versions.map((v) => (
            <li key={v.id} className="flex flex-wrap items-center gap-3">
              <span>{LOCALE_NAMES[v.locale as Locale]} · {t("versionLabel", { number: v.number })} · {formatDateTime(locale, v.createdAt)} · {v.author.name ?? v.author.email}</span>
              {allowed.includes("edit") && v !== r.versions.find((x) => x.locale === v.locale) && <RestoreVersionButton versionId={v.id} />}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-2 text-lg font-semibold">{t("history")}</h2>
        {/* The review thread: each step with who, when, and what they wrote. */}
        <ol className="flex flex-col gap-2 text-sm">
          {r.transitions.map((x) => (
            <li key={x.id} className={x.note ? "rounded border border-gray-300 p-2" : ""}>
              <div>
                {formatDateTime(locale, x.at)} — <span className="font-semibold">{x.actor?.name ?? x.actor?.email ?? t("system")}</span>: {t(`statusValue.${x.from}`)} → {t(`statusValue.${x.to}`)}
                {x.cause && ` (${t.has(`transitionCause.${x.cause}` as never) ? t(`transitionCause.${x.cause}` as never) : x.cause})`}
              </div>
              {x.note && <blockquote className="mt-1 whitespace-pre-line border-s-4 border-brand-600 ps-3 text-gray-900" dir="auto">{x.note}</blockquote>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
