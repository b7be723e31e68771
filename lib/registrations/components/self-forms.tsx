"use client";
// The delegate's cancel and erase buttons on their personal page: each asks first, saying what will happen.
import { useTranslations } from "next-intl";
import { ActionForm, ConfirmButton } from "@/components/forms/action-form";
import { cancelOwnRegistrationAction, eraseOwnRegistrationAction } from "@/lib/registrations/actions";

export function CancelOwnForm({ token, locale }: { token: string; locale: string }) {
  const t = useTranslations("registrationSelf");
  return (
    <ActionForm action={cancelOwnRegistrationAction} success={t("cancelled")}>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <ConfirmButton confirm={t("cancelConfirm")}>{t("cancel")}</ConfirmButton>
    </ActionForm>
  );
}

export function EraseOwnForm({ token, locale }: { token: string; locale: string }) {
  const t = useTranslations("registrationSelf");
  return (
    <ActionForm action={eraseOwnRegistrationAction} done={() => <p className="rounded border-s-4 border-green-700 bg-green-50 p-3">{t("erased")}</p>}>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <ConfirmButton confirm={t("eraseConfirm")} variant="secondary">{t("erase")}</ConfirmButton>
    </ActionForm>
  );
}
