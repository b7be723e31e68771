"use client";
import { useTranslations } from "next-intl";
import { ActionForm, ConfirmButton, TextAreaField } from "@/components/forms/action-form";
import { transitionEditionAction } from "@/lib/editions/actions";
import type { EditionStatus } from "@/lib/generated/prisma/enums";

/**
 * One button per status the edition may move to; the server checks each again. Cancelling
 * is apart: it asks why (shown on the public page) and asks again before it happens.
 */
export function TransitionButtons({ id, next, wasPublic }: { id: string; next: readonly EditionStatus[]; wasPublic: boolean }) {
  const t = useTranslations("editionAdmin");
  if (next.length === 0) return <p className="text-gray-700">{t("finalStatus")}</p>;
  const moves = next.filter((to) => to !== "CANCELLED");
  return (
    <div className="flex flex-col gap-4">
      {moves.length > 0 && (
        <ActionForm action={transitionEditionAction} className="flex flex-wrap items-start gap-2">
          <input type="hidden" name="id" value={id} />
          {moves.map((to) => (
            <button key={to} type="submit" name="to" value={to} className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800">
              {t(`transition.${to}`)}
            </button>
          ))}
        </ActionForm>
      )}
      {next.includes("CANCELLED") && (
        <details className="rounded border border-red-300 p-3">
          <summary className="cursor-pointer font-semibold text-red-800">{t("transition.CANCELLED")}</summary>
          <ActionForm action={transitionEditionAction} className="mt-3 flex flex-col gap-3">
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="to" value="CANCELLED" />
            <TextAreaField name="reason" label={t("cancelReason")} hint={wasPublic ? t("cancelReasonPublic") : t("cancelReasonDraft")} rows={3} maxLength={500} />
            <ConfirmButton confirm={wasPublic ? t("cancelConfirmPublic") : t("cancelConfirmDraft")}>{t("transition.CANCELLED")}</ConfirmButton>
          </ActionForm>
        </details>
      )}
    </div>
  );
}
