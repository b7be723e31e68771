"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { signInWithEmail, signInWithPassword, type SignInState } from "@/lib/accounts/actions";

export function SignInForms({ locale, callbackUrl, passwordEnabled }: { locale: string; callbackUrl?: string; passwordEnabled: boolean }) {
  const t = useTranslations("signIn");
  const tv = useTranslations("validation");
  const tr = useTranslations("reasons");
  const [pw, pwAction, pwPending] = useActionState<SignInState, FormData>(signInWithPassword, null);
  const [ml, mlAction, mlPending] = useActionState<SignInState, FormData>(signInWithEmail, null);
  const errs = (s: SignInState, k: string) => s?.fieldErrors?.[k]?.map((m) => tv(m as never));
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section aria-labelledby="magic-heading" className="rounded border border-gray-300 p-5">
        <h2 id="magic-heading" className="mb-1 text-lg font-semibold">{t("magicHeading")}</h2>
        <p className="mb-4 text-sm text-gray-700">{t("magicHint")}</p>
        <form action={mlAction} className="flex flex-col gap-4" noValidate>
          <input type="hidden" name="locale" value={locale} />
          {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
          {ml && !ml.ok && !ml.fieldErrors && <Alert>{tr(ml.reason as never)}</Alert>}
          <Field name="email" id="magic-email" type="email" autoComplete="email" required label={t("email")} errors={errs(ml, "email")} />
          <Button type="submit" disabled={mlPending}>{t("magicSubmit")}</Button>
        </form>
      </section>
      {passwordEnabled && (
        <section aria-labelledby="password-heading" className="rounded border border-gray-300 p-5">
          <h2 id="password-heading" className="mb-1 text-lg font-semibold">{t("passwordHeading")}</h2>
          <p className="mb-4 text-sm text-gray-700">{t("demoHint")}</p>
          <form action={pwAction} className="flex flex-col gap-4" noValidate>
            <input type="hidden" name="locale" value={locale} />
            {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
            {pw && !pw.ok && !pw.fieldErrors && <Alert>{tr(pw.reason as never)}</Alert>}
            <Field name="email" id="password-email" type="email" autoComplete="username" required label={t("email")} errors={errs(pw, "email")} />
            <Field name="password" id="password-password" type="password" autoComplete="current-password" required label={t("password")} errors={errs(pw, "password")} />
            <Button type="submit" disabled={pwPending}>{t("passwordSubmit")}</Button>
          </form>
        </section>
      )}
    </div>
  );
}
