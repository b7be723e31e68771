"use client";
// The secretariat's registration forms: the decision on the ticked rows (or on one
// participant), the edition's registration settings, and anonymizing an archived edition.
import { useTranslations } from "next-intl";
import { ActionForm, CheckboxField, ConfirmButton, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/action-form";
import { anonymizeEditionAction, badgeCategoryAction, decideRegistrationsAction, issueVisaLetterAction, registrationSettingsAction } from "@/lib/registrations/actions";
import { BADGE_CATEGORIES, DECISIONS } from "@/lib/registrations/schema";


/** The decision form; the row checkboxes join it through `form={formId}`. With `id`, it decides one participant. */
export function DecisionForm({ editionId, locale, formId, id }: { editionId: string; locale: string; formId: string; id?: string }) {
  const t = useTranslations("registrationsAdmin");
  const decided = (data: unknown) => {
    const d = (data ?? {}) as { done?: number; skipped?: Record<string, number>; promotedCount?: number };
    return t("decided", { done: d.done ?? 0, skipped: Object.values(d.skipped ?? {}).reduce((a, b) => a + b, 0), promoted: d.promotedCount ?? 0 });
  };
  return (
    <ActionForm id={formId} action={decideRegistrationsAction} success={decided} className="flex flex-col gap-3 rounded border border-gray-300 bg-gray-50 p-3">
      <input type="hidden" name="editionId" value={editionId} />
      <input type="hidden" name="locale" value={locale} />
      {id && <input type="hidden" name="ids" value={id} />}
      <div className="grid gap-3 md:grid-cols-2">
        <SelectField id={`${formId}-decision`} name="decision" label={t("decision")} options={DECISIONS.map((d) => ({ value: d, label: t(`decisionValue.${d}`) }))} />
        <TextAreaField id={`${formId}-reason`} name="reason" label={t("reason")} rows={2} maxLength={1000} dir="auto" />
      </div>
      <ConfirmButton confirm={t("confirmDecision")} variant="secondary">{t("apply_decision")}</ConfirmButton>
    </ActionForm>
  );
}

export function RegistrationSettingsForm({ editionId, locale, values }: { editionId: string; locale: string; values: { capacity: number | null; countryQuota: number | null; publicRegistration: boolean; focalPointReview: boolean } }) {
  const t = useTranslations("registrationsAdmin");
  return (
    <ActionForm action={registrationSettingsAction} success={t("settingsSaved")} className="grid gap-3 rounded border border-gray-300 p-3 md:grid-cols-2">
      <input type="hidden" name="editionId" value={editionId} />
      <input type="hidden" name="locale" value={locale} />
      <TextField name="capacity" type="number" min={1} max={100000} label={t("capacityField")} value={values.capacity} />
      <TextField name="countryQuota" type="number" min={1} max={100} label={t("countryQuota")} hint={t("countryQuotaHint")} value={values.countryQuota} />
      <div className="md:col-span-2 flex flex-col gap-2">
        <CheckboxField name="publicRegistration" label={t("publicRegistration")} defaultChecked={values.publicRegistration} />
        <CheckboxField name="focalPointReview" label={t("focalPointReview")} defaultChecked={values.focalPointReview} />
      </div>
      <div className="md:col-span-2"><SubmitButton variant="secondary">{t("saveSettings")}</SubmitButton></div>
    </ActionForm>
  );
}

export function AnonymizeEditionForm({ editionId, locale }: { editionId: string; locale: string }) {
  const t = useTranslations("registrationsAdmin");
  return (
    <ActionForm action={anonymizeEditionAction} done={(data) => <p role="status">{t("anonymized", { count: (data as { count?: number })?.count ?? 0 })}</p>}>
      <input type="hidden" name="editionId" value={editionId} />
      <input type="hidden" name="locale" value={locale} />
      <ConfirmButton confirm={t("anonymizeConfirm")}>{t("anonymize")}</ConfirmButton>
    </ActionForm>
  );
}

/** Issue the visa letter, or reissue it (same number, new version). */
export function VisaLetterForm({ registrationId, locale, issued }: { registrationId: string; locale: string; issued: boolean }) {
  const t = useTranslations("registrationsAdmin");
  return (
    <ActionForm action={issueVisaLetterAction} success={t("visaDone")}>
      <input type="hidden" name="registrationId" value={registrationId} />
      <input type="hidden" name="locale" value={locale} />
      <SubmitButton variant="secondary">{issued ? t("reissueVisa") : t("issueVisa")}</SubmitButton>
    </ActionForm>
  );
}

export function BadgeCategoryForm({ registrationId, locale, category }: { registrationId: string; locale: string; category: string }) {
  const t = useTranslations("registrationsAdmin");
  const tb = useTranslations("badge.category");
  return (
    <ActionForm action={badgeCategoryAction} success={t("categorySaved")} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="registrationId" value={registrationId} />
      <input type="hidden" name="locale" value={locale} />
      <SelectField name="category" label={t("categoryTitle")} value={category} options={BADGE_CATEGORIES.map((c) => ({ value: c, label: tb(c) }))} />
      <SubmitButton variant="secondary">{t("saveCategory")}</SubmitButton>
    </ActionForm>
  );
}

/** Ticks or unticks every row shown (the rows' checkboxes belong to the decision form through `form`). */
export function SelectAllShown({ formId, label }: { formId: string; label: string }) {
  return (
    <label className="inline-flex items-center gap-2 text-sm font-semibold">
      <input
        type="checkbox"
        className="size-4"
        onChange={(e) => {
          for (const box of document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name=ids][form="${formId}"]`)) box.checked = e.currentTarget.checked;
        }}
      />
      {label}
    </label>
  );
}
