"use client";
// Markdown editor with a live preview, rendered by the same safe renderer as the public page.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton, TextAreaField, TextField } from "@/components/forms/action-form";
import { saveCorrectionAction, saveReleaseTextAction } from "@/lib/press/actions";
import { renderMarkdown } from "@/lib/press/markdown";
import { dirOf, type Locale } from "@/lib/i18n/config";

/** `correction`: the release is published; what is saved waits for a reviewer while the public reads the approved text. */
export function ReleaseEditor(props: { releaseId: string; locale: Locale; title: string; summary: string | null; body: string; disabled?: boolean; correction?: boolean }) {
  const t = useTranslations("newsroom");
  const [body, setBody] = useState(props.body);
  const dir = dirOf(props.locale);
  return (
    <ActionForm action={props.correction ? saveCorrectionAction : saveReleaseTextAction} success={props.correction ? t("correctionSaved") : t("savedVersion")}>
      <input type="hidden" name="releaseId" value={props.releaseId} />
      <input type="hidden" name="locale" value={props.locale} />
      <TextField name="title" label={t("headline")} value={props.title} lang={props.locale} dir={dir} maxLength={200} disabled={props.disabled} />
      <TextAreaField name="summary" label={t("summary")} value={props.summary} lang={props.locale} dir={dir} rows={2} maxLength={600} disabled={props.disabled} />
      <div className="grid gap-4 lg:grid-cols-2">
        <TextAreaField
          name="body"
          label={t("body")}
          hint={t("markdownHint")}
          value={props.body}
          lang={props.locale}
          dir={dir}
          rows={18}
          onChange={(e) => setBody(e.currentTarget.value)}
          disabled={props.disabled}
        />
        <section aria-label={t("preview")} className="rounded border border-gray-300 p-3">
          <h3 className="mb-2 text-sm font-semibold text-gray-700">{t("preview")}</h3>
          <div lang={props.locale} dir={dir} className="prose-release" dangerouslySetInnerHTML={{ __html: renderMarkdown(body) }} />
        </section>
      </div>
      {!props.disabled && <SubmitButton>{props.correction ? t("saveCorrection") : t("saveVersion")}</SubmitButton>}
    </ActionForm>
  );
}
