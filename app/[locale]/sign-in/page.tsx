import { getTranslations } from "next-intl/server";
import { SignInForms } from "@/lib/accounts/components/sign-in-forms";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { parsePageParams } from "@/lib/i18n/server";
import { localeParams, signInQuery } from "@/lib/params";
import { passwordSignInEnabled } from "@/lib/env";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await parsePageParams(localeParams, params);
  const { callbackUrl, error } = signInQuery.parse(await searchParams);
  const t = await getTranslations("signIn");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("title")} intro={t("intro")} />
      {error && (
        <div className="mb-6">
          <Alert>{t("linkError")}</Alert>
        </div>
      )}
      <ClientMessages namespaces={["signIn", "reasons", "validation"]}>
        <SignInForms locale={locale} callbackUrl={callbackUrl} passwordEnabled={passwordSignInEnabled()} />
      </ClientMessages>
    </div>
  );
}
