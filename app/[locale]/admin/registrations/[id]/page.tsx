// One participant for the secretariat: their details, the stage and status, a decision, and
// the history of every change (who, when, what).
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { can } from "@/lib/access/policy";
import { parsePageParams } from "@/lib/i18n/server";
import { recordParams } from "@/lib/params";
import { pickLocalized, LOCALE_NAMES, isLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { countryName } from "@/lib/countries/names";
import { getRegistrationForAdmin } from "@/lib/registrations/data";
import { awaitsFocalPoint } from "@/lib/registrations/open";
import { REGISTRATION_STATUS_TONE } from "@/lib/registrations/status";
import { BadgeCategoryForm, DecisionForm, VisaLetterForm } from "@/lib/registrations/components/admin-forms";
import { AuditTrail } from "@/lib/audit/components/audit-trail";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";

export default async function ParticipantPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await parsePageParams(recordParams, params);
  const actor = await requireActor({ locale, permission: "registrations.view", returnTo: `/${locale}/admin/registrations/${id}` });
  const found = await getRegistrationForAdmin(id);
  if (!found) notFound();
  const { registration: r, history } = found;
  const [t, tf, tr, ts, te] = await Promise.all([
    getTranslations("registrationsAdmin"), getTranslations("registrationForm"), getTranslations("registrations"), getTranslations("registrations.statusValue"), getTranslations("edition"),
  ]);
  const e = r.edition;
  const name = r.erasedAt ? t("erased") : [r.honorific, r.givenName, r.familyName].filter(Boolean).join(" ");
  const at = (d: Date) => formatDateTime(locale, d);
  const facts: [string, React.ReactNode][] = [
    [tf("country"), r.countryCode ? countryName(r.countryCode, locale) : (r.invitation?.organization?.acronym ?? "—")],
    [tf("role"), tr(`delegationRole.${r.delegationRole}`)],
    [tf("jobTitle"), r.jobTitle ?? "—"],
    [tf("organization"), r.organization ?? "—"],
    [tf("email"), <span key="e" dir="ltr">{r.email}</span>],
    [tf("phone"), r.phone ? <span dir="ltr">{r.phone}</span> : "—"],
    [tf("language"), isLocale(r.locale) ? LOCALE_NAMES[r.locale] : r.locale],
    [tf("accessibilityNeeds"), r.accessibilityNeeds ?? "—"],
    [tf("dietaryNeeds"), r.dietaryNeeds ?? "—"],
    [t("visa"), r.visaLetterRequested ? t("visaYes") : "—"],
    [t("passport"), r.passportDeletedAt ? t("passportDeleted", { date: at(r.passportDeletedAt) }) : r.passportNumber ? <span dir="ltr">{`${r.passportNumber} (${r.nationality ? countryName(r.nationality, locale) : "?"})`}</span> : "—"],
    [t("createdAt"), at(r.createdAt)],
    [t("consent"), t("consentValue", { version: r.consentVersion, date: at(r.consentAt) })],
    ...(e.focalPointReview && r.invitationId ? [[t("confirmedAt"), r.confirmedAt ? at(r.confirmedAt) : t("notConfirmed")] as [string, React.ReactNode]] : []),
    ...(r.reviewedAt ? [[t("reviewedBy"), `${r.reviewedBy?.name ?? r.reviewedBy?.email ?? "—"}, ${at(r.reviewedAt)}`] as [string, React.ReactNode]] : []),
    ...(r.decisionReason ? [[t("reasonShort"), r.decisionReason] as [string, React.ReactNode]] : []),
  ];
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={name}
        intro={te("title", { number: e.number, name: pickLocalized(e.series.name, locale) })}
        actions={<Link href={`/admin/editions/${e.id}/registrations`} className="rounded border border-brand-700 px-3 py-2 text-brand-800">{tr("title")}</Link>}
      />
      <p className="flex flex-wrap items-center gap-3">
        <StatusBadge label={ts(r.status)} tone={REGISTRATION_STATUS_TONE[r.status]} />
        {r.status === "WAITLISTED" && <span>#{r.waitlistPosition}</span>}
        {awaitsFocalPoint(e, r) && <span className="text-amber-900">{t("stageValue.focalPoint")}</span>}
      </p>
      <section aria-labelledby="details">
        <h2 id="details" className="text-lg font-semibold">{t("details")}</h2>
        <dl className="mt-2 grid gap-x-6 gap-y-1 md:grid-cols-[max-content_1fr]">
          {facts.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-semibold">{k}</dt>
              <dd dir="auto">{v}</dd>
            </div>
          ))}
        </dl>
      </section>
      {can(actor, "registrations.review") && !r.erasedAt && (
        <section aria-labelledby="decide" className="flex flex-col gap-2">
          <h2 id="decide" className="text-lg font-semibold">{t("decide")}</h2>
          <ClientMessages namespaces={["registrationsAdmin", "reasons", "validation"]}>
            <DecisionForm editionId={e.id} locale={locale} formId="decide-one" id={r.id} />
          </ClientMessages>
        </section>
      )}
      {r.status === "APPROVED" && !r.erasedAt && (
        <section aria-labelledby="documents" className="flex flex-col gap-3">
          <h2 id="documents" className="text-lg font-semibold">{t("visaLetterTitle")}</h2>
          <p><a href={`/${locale}/admin/registrations/${r.id}/badge`} className="text-brand-800 underline">{t("badge")}</a></p>
          {r.visaLetters[0] && (
            <p>
              {t("visaIssued", { number: r.visaLetters[0].number, version: r.visaLetters[0].version, date: at(r.visaLetters[0].issuedAt) })} —{" "}
              <a href={`/${locale}/admin/registrations/${r.id}/visa-letter`} className="text-brand-800 underline">{t("visaDownload")}</a>
            </p>
          )}
          {can(actor, "registrations.review") && (
            <ClientMessages namespaces={["registrationsAdmin", "badge", "reasons", "validation"]}>
              {r.visaLetterRequested && <VisaLetterForm registrationId={r.id} locale={locale} issued={r.visaLetters.length > 0} />}
              <BadgeCategoryForm registrationId={r.id} locale={locale} category={r.badgeCategory} />
            </ClientMessages>
          )}
        </section>
      )}
      <section aria-labelledby="history" className="flex flex-col gap-2">
        <h2 id="history" className="text-lg font-semibold">{t("history")}</h2>
        <AuditTrail entries={history} locale={locale} />
      </section>
    </div>
  );
}
