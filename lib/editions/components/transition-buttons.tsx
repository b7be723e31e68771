"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { transitionEditionAction } from "@/lib/editions/actions";
import type { EditionStatus } from "@/lib/generated/prisma/enums";

/** One button per status the edition may move to; the server checks each again. */
export function TransitionButtons({ id, next }: { id: string; next: readonly EditionStatus[] }) {
  const t = useTranslations("editionAdmin");
  if (next.length === 0) return <p className="text-gray-700">{t("finalStatus")}</p>;
  return (
    <ActionForm action={transitionEditionAction} className="flex flex-wrap items-start gap-2">
      <input type="hidden" name="id" value={id} />
      {next.map((to) => (
        <TransitionButton key={to} to={to} label={t(`transition.${to}`)} />
      ))}
    </ActionForm>
  );
}

function TransitionButton({ to, label }: { to: string; label: string }) {
  return (
    <button type="submit" name="to" value={to} className={`rounded px-3 py-1.5 font-semibold ${to === "CANCELLED" ? "border border-red-700 text-red-800 hover:bg-red-50" : "bg-brand-700 text-white hover:bg-brand-800"}`}>
      {label}
    </button>
  );
}

