// The delegate's personal page, through the link mailed at registration: status and
// waiting-list position, their details to correct, the confirmation and all their data to
// download, cancel, erase. An unknown or erased link gets one plain page. Rate-limited.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { MessagePage } from "@/components/ui/message-page";
import { StatusBadge } from "@/components/ui/status-badge";
import { Link } from "@/lib/i18n/navigation";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { parsePageParams } from "@/lib/i18n/server";
import { localeParam } from "@/lib/params";
import { pickLocalized } from "@/lib/i18n/config";
import { COUNTRY_CODES, countryName, sortByCountryName } from "@/lib/countries/names";
import { getOwnRegistration } from "@/lib/registrations/data";
import { resolveRegistrationLink } from "@/lib/registrations/link";
import { awaitsFocalPoint } from "@/lib/registrations/open";
import { isActiveRegistration, REGISTRATION_STATUS_TONE } from "@/lib/registrations/status";
import { isOver } from "@/lib/editions/status";
import { RegistrationForm } from "@/lib/registrations/components/registration-form";
import { CancelOwnForm, EraseOwnForm } from "@/lib/registrations/components/self-forms";

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };
export const dynamic = "force-dynamic";

const params = z.object({ locale: localeParam, token: z.string().max(200) });

export default async function OwnRegistrationPage(props: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await parsePageParams(params, props.params);
  const [t, ti, ts, te] = await Promise.all([getTranslations("registrationSelf"), getTranslations("invitationPanel"), getTranslations("registrations.statusValue"), getTranslations("edition")]);
  const link = await resolveRegistrationLink(token);
  const r = link.kind === "ok" ? await getOwnRegistration(link.holder.registrationId) : null;
  if (!r) {
    return (
      <MessagePage
        title={link.kind === "limited" ? ti("limitedTitle") : t("unavailableTitle")}
        text={link.kind === "limited" ? ti("limitedText") : t("unavailableText")}
        action={<Link href="/" className="text-brand-800 underline">{ti("home")}</Link>}
      />
    );
  }
  const e = r.edition;
  const edition = te("title", { number: e.number, name: pickLocalized(e.series.name, locale) });
  const editable = isActiveRegistration(r.status) && !isOver(e.status);
  const countries = sortByCountryName(COUNTRY_CODES, (c) => c, locale).map((c) => ({ value: c, label: countryName(c, locale) }));
  const values = {
    honorific: r.honorific, givenName: r.givenName, familyName: r.familyName, jobTitle: r.jobTitle, organization: r.organization, phone: r.phone, countryCode: r.countryCode,
    accessibilityNeeds: r.accessibilityNeeds, dietaryNeeds: r.dietaryNeeds, visaLetterRequested: r.visaLetterRequested, passportNumber: r.passportNumber, nationality: r.nationality, locale: r.locale,
  };
  const base = `/${locale}/registration/${token}`;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <p className="rounded border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950">{t("linkPrivate")}</p>
      <header>
        <h1 className="text-3xl font-semibold text-brand-900">{t("title")}</h1>
        <p className="mt-1 text-gray-800">{t("for", { edition })}</p>
      </header>
      <section aria-labelledby="status" className="rounded border border-gray-300 p-4">
        <h2 id="status" className="text-xl font-semibold">{t("status")}</h2>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <StatusBadge label={ts(r.status)} tone={REGISTRATION_STATUS_TONE[r.status]} />
          <span dir="auto">{[r.honorific, r.givenName, r.familyName].filter(Boolean).join(" ")}{r.countryCode ? ` — ${countryName(r.countryCode, locale)}` : ""}</span>
        </p>
        {r.status === "WAITLISTED" && <p className="mt-2 font-semibold">{t("position", { position: r.waitlistPosition ?? 0 })}</p>}
        {awaitsFocalPoint(e, r) && <p className="mt-2">{t("awaitingFocalPoint")}</p>}
        {r.status === "REJECTED" && r.decisionReason && <p className="mt-2">{t("reason")}: <span dir="auto">{r.decisionReason}</span></p>}
      </section>
      <section aria-labelledby="documents" className="rounded border border-gray-300 p-4">
        <h2 id="documents" className="text-xl font-semibold">{t("documents")}</h2>
        <ul className="mt-2 list-disc ps-6">
          <li><a href={`${base}/confirmation`} className="text-brand-800 underline">{t("confirmation")}</a></li>
          {r.status === "APPROVED" && <li><a href={`${base}/badge`} className="text-brand-800 underline">{t("badge")}</a></li>}
          {r.status === "APPROVED" && r.visaLetters[0] && <li><a href={`${base}/visa-letter`} className="text-brand-800 underline">{t("visaLetter", { number: r.visaLetters[0].number })}</a></li>}
          <li><a href={`${base}/data`} className="text-brand-800 underline">{t("data")}</a></li>
        </ul>
        {r.status !== "APPROVED" && isActiveRegistration(r.status) && <p className="mt-2 text-sm text-gray-700">{t("documentsAfterApproval")}</p>}
      </section>
      <ClientMessages namespaces={["registrationForm", "registrationSelf", "registrations", "reasons", "validation"]}>
        {editable ? (
          <section aria-labelledby="details" className="flex flex-col gap-3">
            <h2 id="details" className="text-xl font-semibold">{t("details")}</h2>
            <RegistrationForm editionId={e.id} locale={locale} countries={countries} own={{ token, countryFixed: r.invitationId !== null, values }} />
          </section>
        ) : (
          <p>{t("closed")}</p>
        )}
        {isActiveRegistration(r.status) && (
          <section aria-labelledby="cancel" className="flex flex-col gap-2 rounded border border-red-300 p-4">
            <h2 id="cancel" className="text-xl font-semibold">{t("cancelTitle")}</h2>
            <p>{t("cancelText")}</p>
            <CancelOwnForm token={token} locale={locale} />
          </section>
        )}
        <section aria-labelledby="erase" className="flex flex-col gap-2 rounded border border-gray-300 p-4">
          <h2 id="erase" className="text-xl font-semibold">{t("eraseTitle")}</h2>
          <p>{t("eraseText")}</p>
          <EraseOwnForm token={token} locale={locale} />
        </section>
      </ClientMessages>
    </div>
  );
}
