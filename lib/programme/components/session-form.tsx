"use client";
import { useTranslations } from "next-intl";
import { ActionForm, LocalizedField, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/action-form";
import { deleteSessionAction, saveSessionAction } from "@/lib/programme/actions";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/config";

export function SessionForm({ editionId, defaultStart, defaultEnd }: { editionId: string; defaultStart: string; defaultEnd: string }) {
  const t = useTranslations("programme");
  const tf = useTranslations("form");
  return (
    <ActionForm action={saveSessionAction} success={t("saved")}>
      <input type="hidden" name="editionId" value={editionId} />
      <LocalizedField name="title" label={t("sessionTitle")} requiredLabel={tf("required")} />
      <div className="grid gap-3 md:grid-cols-2">
        <TextField name="startsAt" type="datetime-local" label={t("startsAt")} value={defaultStart} required />
        <TextField name="endsAt" type="datetime-local" label={t("endsAt")} value={defaultEnd} required />
        <TextField name="room" label={t("room")} maxLength={100} />
        <SelectField name="language" label={t("language")} options={[{ value: "", label: "—" }, ...LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))]} />
        <TextField name="chair" label={t("chair")} maxLength={200} />
      </div>
      <TextAreaField name="speakers" label={t("speakers")} hint={t("speakersHint")} />
      <SubmitButton>{t("add")}</SubmitButton>
    </ActionForm>
  );
}

export function DeleteSessionButton({ id, label }: { id: string; label: string }) {
  return (
    <ActionForm action={deleteSessionAction} className="inline">
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary">{label}</SubmitButton>
    </ActionForm>
  );
}
