import { CorrectionEditor } from "@/lib/press/components/correction-editor";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parsePageParams } from "@/lib/i18n/server";
import { translationParams } from "@/lib/params";
import { requireActor } from "@/lib/auth";
import { getReleaseForAdmin } from "@/lib/press/data";
import { allowedPressActions } from "@/lib/press/policy";
import { renderMarkdown } from "@/lib/press/markdown";
import { TRANSLATION_STATUS_TONE } from "@/lib/press/status";
import { ReleaseEditor } from "@/lib/press/components/release-editor";
import { ApproveTranslationButton } from "@/lib/press/components/workflow-buttons";
import { dirOf, isLocale, LOCALE_NAMES, type Locale } from "@/lib/i18n/config";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";

export default async function TranslatePage({ params }: { params: Promise<{ locale: string; id: string; lang: string }> }) {
  const { locale, id, lang } = await parsePageParams(translationParams, params);
  const actor = await requireActor({ locale, permission: "press.view", returnTo: `/${locale}/admin/newsroom/${id}/translate/${lang}` });
  const r = await getReleaseForAdmin(id);
  if (!r || !isLocale(lang) || lang === r.sourceLocale) notFound();
  const t = await getTranslations("newsroom");
  const source = r.translations.find((x) => x.locale === r.sourceLocale)!;
  const tr = r.translations.find((x) => x.locale === lang);
  const status = tr?.status ?? "MISSING";
  const allowed = allowedPressActions(actor, r.status);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("translationTitle", { language: LOCALE_NAMES[lang] })}
        intro={<Link href={`/admin/newsroom/${r.id}`} className="text-brand-700 underline">{source.title}</Link>}
      />
      <p className="flex items-center gap-3">
        {t("status")} <StatusBadge label={t(`translationStatus.${status}`)} tone={TRANSLATION_STATUS_TONE[status]} />
        {status === "DRAFT" && allowed.includes("approveTranslation") && <ApproveTranslationButton releaseId={r.id} locale={lang} version={r.versions.find((v) => v.locale === lang)?.number ?? 1} />}
      </p>
      {status === "OUTDATED" && <p className="text-red-800">{t("outdatedHint")}</p>}
      <details className="rounded border border-gray-300 p-3" open>
        <summary className="cursor-pointer font-semibold">{t("sourceText", { language: LOCALE_NAMES[r.sourceLocale as Locale] })}</summary>
        <div lang={r.sourceLocale} dir={dirOf(r.sourceLocale as Locale)} className="mt-2">
          <h3 className="font-semibold">{source.title}</h3>
          {source.summary && <p className="italic">{source.summary}</p>}
          <div className="prose-release" dangerouslySetInnerHTML={{ __html: renderMarkdown(source.body) }} />
        </div>
      </details>
      {r.status === "PUBLISHED" && status !== "APPROVED" && allowed.includes("translate") && <p className="text-brand-900">{t("translateAfterPublication")}</p>}
      {r.status === "PUBLISHED" && tr && status === "APPROVED" ? (
        <CorrectionEditor release={r} locale={lang} live={tr} canEdit={allowed.includes("translate")} canApprove={allowed.includes("approveTranslation")} />
      ) : (
        <ReleaseEditor releaseId={r.id} locale={lang} title={tr?.title ?? ""} summary={tr?.summary ?? null} body={tr?.body ?? ""} disabled={!allowed.includes("translate")} />
      )}
    </div>
  );
}
