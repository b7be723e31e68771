"use client";
import { useTranslations } from "next-intl";
import { ActionForm, ConfirmButton } from "@/components/forms/action-form";
import { deleteEditionAction } from "@/lib/editions/actions";

/** Deleting a draft no one has seen: asked first, with what goes with it. */
export function DeleteEditionButton({ id, locale }: { id: string; locale: string }) {
  const t = useTranslations("editionAdmin");
  return (
    <ActionForm action={deleteEditionAction} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="locale" value={locale} />
      <ConfirmButton confirm={t("deleteConfirm")}>{t("delete")}</ConfirmButton>
    </ActionForm>
  );
}
