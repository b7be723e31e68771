// Correcting a published release in one language: the public keeps the approved text
// while the correction is written and reviewed.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { ReleaseEditor } from "./release-editor";
import { CorrectionReview } from "./workflow-buttons";

interface Text {
  title: string;
  summary: string | null;
  body: string;
}

export async function CorrectionEditor({ release, locale, live, canEdit, canApprove }: { release: { id: string; corrections: (Text & { locale: string })[] }; locale: Locale; live: Text; canEdit: boolean; canApprove: boolean }) {
  const t = await getTranslations("newsroom");
  const open = release.corrections.find((c) => c.locale === locale);
  const text = open ?? live;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-brand-900">{t("correctionIntro")}</p>
      {open && <CorrectionReview releaseId={release.id} locale={locale} canApprove={canApprove} canDiscard={canEdit} />}
      <ReleaseEditor releaseId={release.id} locale={locale} title={text.title} summary={text.summary} body={text.body} disabled={!canEdit} correction />
    </div>
  );
}
