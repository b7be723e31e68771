// The emailed sign-in link lands here. Opening it signs nobody in; the button POSTs the
// token to Auth.js, so a mail scanner that fetches the link spends nothing.
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { resolveLocale } from "@/lib/i18n/server";
import { emailLinkParams } from "@/lib/magic-link";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ConfirmSignInPage({ params, searchParams }: Props) {
  await resolveLocale(params);
  const t = await getTranslations("signIn");
  const link = emailLinkParams(await searchParams);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("confirmTitle")} />
      {link ? (
        <form method="post" action={`/api/auth/callback/email?${link.query}`} className="flex flex-col items-start gap-4">
          <p className="text-lg">{t("confirmText", { email: link.email })}</p>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("confirmButton")}</button>
          <p className="text-sm text-gray-700">{t("confirmHint")}</p>
        </form>
      ) : (
        <Alert>{t("linkError")}</Alert>
      )}
    </div>
  );
}
