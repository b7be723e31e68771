"use client";
import { useTranslations } from "next-intl";
import { ActionForm, ConfirmButton, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/action-form";
import { approveCorrectionAction, approveTranslationAction, discardCorrectionAction, restoreVersionAction, setReleaseSlugAction, stepReleaseAction, timeReleaseAction } from "@/lib/press/actions";
import { PRESS_STEPS } from "@/lib/press/schema";

/** The steps this person may take now; the server checks each again. */
export function WorkflowButtons({ releaseId, allowed, version }: { releaseId: string; allowed: string[]; version: number }) {
  const t = useTranslations("newsroom");
  // Withdrawing has its own form: it asks why, and asks again.
  const steps = PRESS_STEPS.filter((s) => s !== "withdraw" && allowed.includes(s));
  if (steps.length === 0) return null;
  return (
    <ActionForm action={stepReleaseAction} className="flex flex-col gap-2">
      <input type="hidden" name="releaseId" value={releaseId} />
      <input type="hidden" name="version" value={version} />
      {steps.some((s) => s === "submit" || s === "approve" || s === "requestChanges") && (
        <TextAreaField id="step-note" name="note" label={t("comment")} hint={t("commentHint")} rows={2} maxLength={1000} />
      )}
      <div className="flex flex-wrap items-start gap-2">
      {steps.map((s) => (
        <button key={s} type="submit" name="step" value={s} className={`rounded px-3 py-1.5 font-semibold ${s === "withdraw" || s === "requestChanges" ? "border border-red-700 text-red-800 hover:bg-red-50" : "bg-brand-700 text-white hover:bg-brand-800"}`}>
          {t(`step.${s}`)}
        </button>
      ))}
      </div>
    </ActionForm>
  );
}

/** The public address: proposed from the headline when the release first leaves, or set here before. */
export function SlugForm({ releaseId, slug, proposed }: { releaseId: string; slug: string; proposed: string }) {
  const t = useTranslations("newsroom");
  return (
    <ActionForm action={setReleaseSlugAction} success={t("slugSaved")} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="releaseId" value={releaseId} />
      <TextField name="slug" label={t("slug")} hint={t("slugHint", { proposed })} value={slug} dir="ltr" maxLength={80} />
      <SubmitButton variant="secondary">{t("slugSave")}</SubmitButton>
    </ActionForm>
  );
}

/** A correction waiting: a reviewer approves it with the note the public reads; an editor may discard it. */
export function CorrectionReview({ releaseId, locale, canApprove, canDiscard }: { releaseId: string; locale: string; canApprove: boolean; canDiscard: boolean }) {
  const t = useTranslations("newsroom");
  return (
    <div className="flex flex-col gap-3 rounded border border-amber-600 bg-amber-50 p-3">
      <p className="font-semibold text-amber-950">{t("correctionWaiting")}</p>
      {canApprove && (
        <ActionForm action={approveCorrectionAction} success={t("correctionApproved")} className="flex flex-col gap-2">
          <input type="hidden" name="releaseId" value={releaseId} />
          <input type="hidden" name="locale" value={locale} />
          <TextField id={`correction-note-${locale}`} name="note" label={t("correctionNote")} hint={t("correctionNoteHint")} maxLength={300} />
          <SubmitButton>{t("approveCorrection")}</SubmitButton>
        </ActionForm>
      )}
      {canDiscard && (
        <ActionForm action={discardCorrectionAction} className="flex flex-col gap-1">
          <input type="hidden" name="releaseId" value={releaseId} />
          <input type="hidden" name="locale" value={locale} />
          <ConfirmButton variant="secondary" confirm={t("discardCorrectionConfirm")}>{t("discardCorrection")}</ConfirmButton>
        </ActionForm>
      )}
    </div>
  );
}

/** Withdraw a release: the reason is shown on its public page; waiting press-list emails are cancelled. */
export function WithdrawForm({ releaseId }: { releaseId: string }) {
  const t = useTranslations("newsroom");
  return (
    <details className="rounded border border-red-300 p-3">
      <summary className="cursor-pointer font-semibold text-red-800">{t("step.withdraw")}</summary>
      <ActionForm action={stepReleaseAction} className="mt-3 flex flex-col gap-3">
        <input type="hidden" name="releaseId" value={releaseId} />
        <input type="hidden" name="step" value="withdraw" />
        <TextAreaField id="withdraw-note" name="note" label={t("withdrawReason")} hint={t("withdrawReasonHint")} rows={3} maxLength={1000} />
        <ConfirmButton confirm={t("withdrawConfirm")}>{t("step.withdraw")}</ConfirmButton>
      </ActionForm>
    </details>
  );
}

export function TimingForm({ releaseId, timeZone, canSchedule }: { releaseId: string; timeZone: string; canSchedule: boolean }) {
  const t = useTranslations("newsroom");
  if (!canSchedule) return null;
  return (
    <ActionForm action={timeReleaseAction} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="releaseId" value={releaseId} />
      <TextField name="publishAt" type="datetime-local" label={t("publishAt", { zone: timeZone })} />
      <SelectField name="mode" label={t("mode")} options={[{ value: "schedule", label: t("modeValue.schedule") }, { value: "embargo", label: t("modeValue.embargo") }]} />
      <SubmitButton>{t("setTime")}</SubmitButton>
    </ActionForm>
  );
}

export function ApproveTranslationButton({ releaseId, locale, version }: { releaseId: string; locale: string; version: number }) {
  const t = useTranslations("newsroom");
  return (
    <ActionForm action={approveTranslationAction} className="inline-flex flex-col gap-1">
      <input type="hidden" name="releaseId" value={releaseId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton>{t("approveTranslation")}</SubmitButton>
    </ActionForm>
  );
}

export function RestoreVersionButton({ versionId }: { versionId: string }) {
  const t = useTranslations("newsroom");
  return (
    <ActionForm action={restoreVersionAction} className="inline-flex">
      <input type="hidden" name="versionId" value={versionId} />
      <SubmitButton variant="secondary">{t("restore")}</SubmitButton>
    </ActionForm>
  );
}
