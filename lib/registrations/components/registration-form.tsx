"use client";
// The registration form, in the reader's language: the public form of an edition, or a
// delegation's link (the country is then the invitation's). Every field is checked again on
// the server with the same schema; errors show next to their field and nothing typed is
// lost. Passport details are asked only with a visa-letter request.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm, CheckboxField, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/action-form";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/config";
import { registerAction, updateOwnRegistrationAction } from "@/lib/registrations/actions";
import { BADGE_CATEGORIES, DELEGATION_ROLES, PRIVACY_NOTICE_VERSION } from "@/lib/registrations/schema";

export interface RegistrationFormProps {
  editionId: string;
  locale: string;
  /** A delegation's link: its key; the country is fixed by the invitation. */
  delegationKey?: string;
  countries: { value: string; label: string }[];
  /** The delegate's own correction through their personal link: the token and what is stored. */
  own?: { token: string; countryFixed: boolean; values: Record<string, string | boolean | null> };
  /** The secretariat adds a participant: the badge's category too, and the form stays for the next one. */
  staff?: boolean;
}

function Done({ data }: { data: unknown }) {
  const t = useTranslations("registrationForm");
  const d = (data ?? {}) as { status?: string; waitlistPosition?: number | null };
  return (
    <div className="rounded border-s-4 border-green-700 bg-green-50 p-4 text-green-950">
      <h2 className="text-xl font-semibold">{t("doneTitle")}</h2>
      <p className="mt-2">{d.status === "WAITLISTED" ? t("doneWaitlisted", { position: d.waitlistPosition ?? 0 }) : t("donePending")}</p>
      <p className="mt-2">{t("doneMail")}</p>
    </div>
  );
}

export function RegistrationForm({ editionId, locale, delegationKey, countries, own, staff }: RegistrationFormProps) {
  const t = useTranslations("registrationForm");
  const tself = useTranslations("registrationSelf");
  const tr = useTranslations("registrations.delegationRole");
  const ta = useTranslations("registrationsAdmin");
  const ts = useTranslations("registrations.statusValue");
  const tb = useTranslations("badge.category");
  const v = own?.values ?? {};
  const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : undefined);
  const [visa, setVisa] = useState(v.visaLetterRequested === true);
  const fixedCountry = !!delegationKey || !!own?.countryFixed;
  const roles = DELEGATION_ROLES.map((r) => ({ value: r, label: tr(r) }));
  const countryOptions = [{ value: "", label: t("chooseCountry") }, ...countries];
  const section = "grid gap-3 rounded border border-gray-300 p-4 md:grid-cols-2";
  return (
    <ActionForm
      action={own ? updateOwnRegistrationAction : registerAction}
      done={own || staff ? undefined : (data) => <Done data={data} />}
      success={own ? tself("saved") : staff ? (data) => ta("added", { status: ts(((data as { status?: string })?.status ?? "PENDING") as never) }) : undefined}
      className="flex flex-col gap-5"
    >
      {own ? <input type="hidden" name="token" value={own.token} /> : <input type="hidden" name="editionId" value={editionId} />}
      {delegationKey && <input type="hidden" name="key" value={delegationKey} />}
      <fieldset className={section}>
        <legend className="px-1 font-semibold">{t("person")}</legend>
        <TextField name="honorific" value={str("honorific")} label={t("honorific")} hint={t("honorificHint")} maxLength={40} autoComplete="honorific-prefix" />
        <TextField name="jobTitle" value={str("jobTitle")} label={t("jobTitle")} maxLength={200} autoComplete="organization-title" />
        <TextField name="givenName" value={str("givenName")} label={`${t("givenName")} (${t("required")})`} hint={t("passportHint")} maxLength={100} autoComplete="given-name" required dir="auto" />
        <TextField name="familyName" value={str("familyName")} label={`${t("familyName")} (${t("required")})`} hint={t("passportHint")} maxLength={100} autoComplete="family-name" required dir="auto" />
        <TextField name="organization" value={str("organization")} label={t("organization")} maxLength={200} autoComplete="organization" dir="auto" />
        {!fixedCountry && <SelectField name="countryCode" value={str("countryCode")} label={`${t("country")} (${t("required")})`} options={countryOptions} required />}
        {own?.countryFixed && <p className="text-sm text-gray-700 md:col-span-2">{tself("countryFixed")}</p>}
        {!own && <SelectField name="delegationRole" label={t("role")} value="MEMBER" options={roles} />}
        {staff && <SelectField name="badgeCategory" label={ta("categoryTitle")} value="DELEGATE" options={BADGE_CATEGORIES.map((c) => ({ value: c, label: tb(c) }))} />}
      </fieldset>
      <fieldset className={section}>
        <legend className="px-1 font-semibold">{t("contact")}</legend>
        {!own && <TextField name="email" label={`${t("email")} (${t("required")})`} hint={t("emailHint")} type="email" dir="ltr" maxLength={254} autoComplete="email" required />}
        <TextField name="phone" value={str("phone")} label={t("phone")} type="tel" dir="ltr" maxLength={40} autoComplete="tel" />
        <SelectField name="locale" label={t("language")} value={str("locale") ?? locale} options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))} />
      </fieldset>
      <fieldset className={section}>
        <legend className="px-1 font-semibold">{t("needs")}</legend>
        <TextAreaField name="accessibilityNeeds" value={str("accessibilityNeeds")} label={t("accessibilityNeeds")} rows={2} maxLength={1000} dir="auto" />
        <TextAreaField name="dietaryNeeds" value={str("dietaryNeeds")} label={t("dietaryNeeds")} rows={2} maxLength={500} dir="auto" />
      </fieldset>
      <fieldset className={section}>
        <legend className="px-1 font-semibold">{t("visa")}</legend>
        <div className="md:col-span-2">
          <CheckboxField name="visaLetterRequested" defaultChecked={v.visaLetterRequested === true} label={t("visaLetterRequested")} onChange={(e) => setVisa(e.currentTarget.checked)} />
        </div>
        {visa && (
          <>
            <TextField name="passportNumber" value={str("passportNumber")} label={`${t("passportNumber")} (${t("required")})`} hint={t("passportNote")} dir="ltr" maxLength={20} autoComplete="off" required />
            <SelectField name="nationality" value={str("nationality")} label={`${t("nationality")} (${t("required")})`} options={countryOptions} required />
          </>
        )}
      </fieldset>
      {!own && (
        <fieldset className="flex flex-col gap-3 rounded border border-gray-300 p-4">
          <legend className="px-1 font-semibold">{t("privacy")}</legend>
          <p className="text-sm text-gray-800">{t("privacyNotice")}</p>
          <CheckboxField name="consent" label={t("consent", { version: PRIVACY_NOTICE_VERSION })} required />
        </fieldset>
      )}
      {own && <p className="text-sm text-gray-700">{tself("backToReviewNote")}</p>}
      <SubmitButton>{own ? tself("save") : t("submit")}</SubmitButton>
    </ActionForm>
  );
}
