import { Link } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parsePageParams } from "@/lib/i18n/server";
import { recordParams } from "@/lib/params";
import { requireActor } from "@/lib/auth";
import { proposeNextEdition } from "@/lib/editions/data";
import { EditionForm } from "@/lib/editions/components/edition-form";
import { pickLocalized } from "@/lib/i18n/config";
import { PageHeader } from "@/components/ui/page-header";

export default async function PlanNextPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await parsePageParams(recordParams, params);
  await requireActor({ locale, permission: "editions.manage", returnTo: `/${locale}/admin/editions/${id}/plan-next` });
  const plan = await proposeNextEdition(id);
  if (!plan) notFound();
  const t = await getTranslations("editionAdmin");
  const te = await getTranslations("edition");
  const name = pickLocalized(plan.series.name, locale);
  return (
    <div>
      <PageHeader
        title={t("planTitle", { title: te("title", { number: plan.values.number, name }) })}
        intro={t("planIntro", { from: plan.source.number, countries: plan.source.invitations, sessions: plan.source.sessions })}
      />
      {plan.later && (
        <Alert tone="info">
          {t("laterExists", { number: plan.later.number })}{" "}
          <Link href={`/admin/editions/${plan.later.id}/plan-next`} className="font-semibold underline">{t("planFromLatest", { number: plan.later.number })}</Link>
        </Alert>
      )}
      <EditionForm locale={locale} mode="plan" fromEditionId={plan.source.id} values={plan.values} />
    </div>
  );
}
