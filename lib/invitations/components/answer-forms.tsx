"use client";
// The focal point's forms: answer, confirm their details, nominate and withdraw delegates.
// The same forms serve the secret link (the token travels in the post) and the focal
// point's account; the server decides again who may do what.
import { useTranslations } from "next-intl";
import { ActionForm, CheckboxField, SelectField, SubmitButton, TextField } from "@/components/forms/action-form";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/config";
import { confirmNomineesAction, confirmNomineesByLinkAction } from "@/lib/registrations/actions";
import {
  focalPointAction, focalPointByLinkAction, nominateAction, nominateByLinkAction, respondAction, respondByLinkAction, withdrawNomineeAction, withdrawNomineeByLinkAction,
} from "@/lib/invitations/actions";

export type Via = { kind: "link"; token: string } | { kind: "account" };

function Hidden({ via, locale }: { via: Via; locale: string }) {
  return (
    <>
      {via.kind === "link" && <input type="hidden" name="token" value={via.token} />}
      <input type="hidden" name="locale" value={locale} />
    </>
  );
}

export function RespondButtons({ via, id, locale, status, canDecline }: { via: Via; id: string; locale: string; status: string; canDecline: boolean }) {
  const t = useTranslations("invitationPanel");
  return (
    <ActionForm action={via.kind === "link" ? respondByLinkAction : respondAction} className="flex flex-col gap-3" success={t("answerSaved")}>
      <Hidden via={via} locale={locale} />
      <input type="hidden" name="id" value={id} />
      <div className="flex flex-wrap gap-2">
        {status !== "ACCEPTED" && (
          <button type="submit" name="answer" value="ACCEPTED" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("accept")}</button>
        )}
        {status !== "DECLINED" && canDecline && (
          <button type="submit" name="answer" value="DECLINED" className="rounded border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50">{t("decline")}</button>
        )}
      </div>
    </ActionForm>
  );
}

export function FocalPointForm({ via, id, locale, values }: { via: Via; id: string; locale: string; values: { focalPointName: string | null; focalPointEmail: string | null; focalPointInstitution: string | null; letterLocale: string } }) {
  const t = useTranslations("invitationPanel");
  return (
    <ActionForm action={via.kind === "link" ? focalPointByLinkAction : focalPointAction} success={t("focalPointSaved")} className="grid gap-3 md:grid-cols-2">
      <Hidden via={via} locale={locale} />
      <input type="hidden" name="id" value={id} />
      <TextField name="focalPointName" label={t("focalPointName")} value={values.focalPointName} autoComplete="name" required />
      <TextField name="focalPointEmail" label={t("focalPointEmail")} value={values.focalPointEmail} type="email" autoComplete="email" dir="ltr" required />
      <TextField name="focalPointInstitution" label={t("focalPointInstitution")} hint={t("focalPointInstitutionHint")} value={values.focalPointInstitution} required />
      <SelectField name="letterLocale" label={t("language")} value={values.letterLocale} options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))} />
      <div className="md:col-span-2">
        <SubmitButton variant="secondary">{t("saveFocalPoint")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function NominateForm({ via, invitationId, locale, headTaken }: { via: Via; invitationId: string; locale: string; headTaken: boolean }) {
  const t = useTranslations("invitationPanel");
  const roles = (["HEAD", "MEMBER", "ADVISER"] as const).map((r) => ({ value: r, label: t(`role.${r}`) }));
  return (
    <ActionForm action={via.kind === "link" ? nominateByLinkAction : nominateAction} success={t("nominated")} className="grid gap-3 md:grid-cols-2">
      <Hidden via={via} locale={locale} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <TextField name="honorific" label={t("honorific")} hint={t("honorificHint")} />
      <TextField name="jobTitle" label={t("jobTitle")} />
      <TextField name="givenName" label={t("givenName")} hint={t("passportHint")} autoComplete="off" required />
      <TextField name="familyName" label={t("familyName")} hint={t("passportHint")} autoComplete="off" required />
      <SelectField name="delegationRole" label={t("delegationRole")} value={headTaken ? "MEMBER" : "HEAD"} options={roles} />
      <TextField name="email" label={t("email")} type="email" dir="ltr" autoComplete="off" required />
      <div className="md:col-span-2">
        <CheckboxField name="consent" label={t("consent")} required />
      </div>
      <div className="md:col-span-2">
        <SubmitButton>{t("nominate")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

export function WithdrawNomineeButton({ via, invitationId, registrationId, locale, name }: { via: Via; invitationId: string; registrationId: string; locale: string; name: string }) {
  const t = useTranslations("invitationPanel");
  return (
    <ActionForm action={via.kind === "link" ? withdrawNomineeByLinkAction : withdrawNomineeAction} className="flex flex-col items-end gap-1">
      <Hidden via={via} locale={locale} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <input type="hidden" name="registrationId" value={registrationId} />
      <button type="submit" className="rounded border border-red-700 px-2 py-1 text-sm text-red-800 hover:bg-red-50" aria-label={t("withdrawNamed", { name })}>
        {t("withdraw")}
      </button>
    </ActionForm>
  );
}

/** The focal point confirms a delegate who registered through the delegation's link (the optional first stage). */
export function ConfirmNomineeButton({ via, invitationId, registrationId, locale, name }: { via: Via; invitationId: string; registrationId: string; locale: string; name: string }) {
  const t = useTranslations("invitationPanel");
  return (
    <ActionForm action={via.kind === "link" ? confirmNomineesByLinkAction : confirmNomineesAction} success={t("confirmDone")} className="flex flex-col items-end gap-1">
      <Hidden via={via} locale={locale} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <input type="hidden" name="ids" value={registrationId} />
      <button type="submit" className="rounded bg-brand-700 px-2 py-1 text-sm font-semibold text-white hover:bg-brand-800" aria-label={t("confirmNamed", { name })}>
        {t("confirm")}
      </button>
    </ActionForm>
  );
}
