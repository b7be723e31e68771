"use client";
import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton, TextField } from "@/components/forms/action-form";
import { signInWithEmail, signInWithPassword } from "@/lib/accounts/actions";

function Hidden({ locale, callbackUrl }: { locale: string; callbackUrl?: string }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
    </>
  );
}

export function SignInForms({ locale, callbackUrl, passwordEnabled }: { locale: string; callbackUrl?: string; passwordEnabled: boolean }) {
  const t = useTranslations("signIn");
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section aria-labelledby="magic-heading" className="rounded border border-gray-300 p-5">
        <h2 id="magic-heading" className="mb-1 text-lg font-semibold">{t("magicHeading")}</h2>
        <p className="mb-4 text-sm text-gray-700">{t("magicHint")}</p>
        <ActionForm action={signInWithEmail}>
          <Hidden locale={locale} callbackUrl={callbackUrl} />
          <TextField name="email" id="magic-email" type="email" autoComplete="email" required label={t("email")} />
          <SubmitButton>{t("magicSubmit")}</SubmitButton>
        </ActionForm>
      </section>
      {passwordEnabled && (
        <section aria-labelledby="password-heading" className="rounded border border-gray-300 p-5">
          <h2 id="password-heading" className="mb-1 text-lg font-semibold">{t("passwordHeading")}</h2>
          <p className="mb-4 text-sm text-gray-700">{t("demoHint")}</p>
          <ActionForm action={signInWithPassword}>
            <Hidden locale={locale} callbackUrl={callbackUrl} />
            <TextField name="email" id="password-email" type="email" autoComplete="username" required label={t("email")} />
            <TextField name="password" id="password-password" type="password" autoComplete="current-password" required label={t("password")} />
            <SubmitButton>{t("passwordSubmit")}</SubmitButton>
          </ActionForm>
        </section>
      )}
    </div>
  );
}
