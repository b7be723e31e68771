"use client";
import { useTranslations } from "next-intl";
import { ActionForm, SelectField, SubmitButton } from "@/components/forms/action-form";
import { createReleaseAction } from "@/lib/press/actions";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/config";

export function NewReleaseForm({ locale, editions }: { locale: string; editions: { id: string; label: string }[] }) {
  const t = useTranslations("newsroom");
  return (
    <ActionForm action={createReleaseAction} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="locale" value={locale} />
      <SelectField name="editionId" label={t("edition")} options={editions.map((e) => ({ value: e.id, label: e.label }))} />
      <SelectField name="sourceLocale" label={t("sourceLanguage")} value="en" options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))} />
      <SubmitButton>{t("draftFromTemplate")}</SubmitButton>
    </ActionForm>
  );
}
