"use client";
// The organizer's invitation forms. Labels come from the page (already translated, in
// protocol order); the server validates and authorizes every post again.
import { useTranslations } from "next-intl";
import { ActionForm, CheckboxField, ConfirmButton, LocalizedField, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/action-form";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/config";
import {
  addInvitationsAction, bulkInvitationsAction, createOrganizationAction, deleteInvitationAction, importFocalPointsAction, invitationSettingsAction, regenerateLinkAction, updateInvitationAction,
} from "@/lib/invitations/actions";

type Option = { value: string; label: string };
const languages: Option[] = LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }));

const button = "rounded bg-brand-700 px-3 py-2 font-semibold text-white hover:bg-brand-800";
const secondary = "rounded border border-brand-700 px-3 py-2 font-semibold text-brand-800 hover:bg-brand-50";

export function AddInvitationsForm(props: { editionId: string; locale: string; countries: Option[]; groups: Option[]; organizations: Option[]; previousNumber: number | null; neverInvited: number }) {
  const t = useTranslations("invitationsAdmin");
  return (
    <ActionForm action={addInvitationsAction} success={t("added")} className="flex flex-col gap-4">
      <input type="hidden" name="editionId" value={props.editionId} />
      <input type="hidden" name="locale" value={props.locale} />
      <div className="grid gap-3 md:grid-cols-2">
        <TextField name="quota" label={t("quota")} hint={t("quotaHint")} type="number" min={1} max={100} value="3" />
        <SelectField name="letterLocale" label={t("letterLanguage")} value={props.locale} options={languages} />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-2 rounded border border-gray-300 p-3">
          <SelectField name="countryCode" label={t("oneCountry")} options={props.countries} />
          <button type="submit" name="mode" value="country" className={secondary}>{t("inviteCountry")}</button>
        </div>
        <div className="flex flex-col gap-2 rounded border border-gray-300 p-3">
          <SelectField name="group" label={t("regionalGroup")} options={props.groups} />
          <button type="submit" name="mode" value="group" className={secondary}>{t("inviteGroup")}</button>
        </div>
        {props.organizations.length > 0 && (
          <div className="flex flex-col gap-2 rounded border border-gray-300 p-3">
            <SelectField name="organizationId" label={t("organization")} options={props.organizations} />
            <button type="submit" name="mode" value="organization" className={secondary}>{t("inviteOrganization")}</button>
          </div>
        )}
        <div className="flex flex-col gap-2 rounded border border-gray-300 p-3">
          <p className="text-sm font-semibold">{t("growth")}</p>
          {props.previousNumber !== null && (
            <button type="submit" name="mode" value="lastEdition" className={secondary}>{t("inviteLastEdition", { number: props.previousNumber })}</button>
          )}
          <button type="submit" name="mode" value="neverInvited" className={button} disabled={props.neverInvited === 0}>{t("inviteNeverInvited", { count: props.neverInvited })}</button>
        </div>
      </div>
    </ActionForm>
  );
}

/** The bulk bar: acts on the rows ticked in the table (all rows of the filtered list are ticked at first). */
export function BulkActionsForm({ editionId, locale, formId, count }: { editionId: string; locale: string; formId: string; count: number }) {
  const t = useTranslations("invitationsAdmin");
  return (
    <ActionForm id={formId} action={bulkInvitationsAction} success={t("bulkDone")} className="flex flex-col gap-3 rounded border border-gray-300 bg-gray-50 p-3">
      <input type="hidden" name="editionId" value={editionId} />
      <input type="hidden" name="locale" value={locale} />
      <p className="text-sm">{t("bulkIntro", { count })}</p>
      <div className="flex flex-wrap items-end gap-2">
        <button type="submit" name="op" value="send" className={button}>{t("bulk.send")}</button>
        <button type="submit" name="op" value="remind" className={secondary}>{t("bulk.remind")}</button>
        <div className="flex items-end gap-2">
          <TextField name="quota" label={t("newQuota")} type="number" min={1} max={100} className="w-24 rounded border border-gray-500 px-3 py-2" />
          <button type="submit" name="op" value="setQuota" className={secondary}>{t("bulk.setQuota")}</button>
        </div>
        <ConfirmButton name="op" value="revoke" variant="secondary" confirm={t("revokeManyConfirm")}>{t("bulk.revoke")}</ConfirmButton>
      </div>
    </ActionForm>
  );
}

/** Focal points pasted from a spreadsheet: "code; email; name; ministry or embassy", one invitee a line. */
export function ImportFocalPointsForm({ editionId, locale }: { editionId: string; locale: string }) {
  const t = useTranslations("invitationsAdmin");
  return (
    <ActionForm action={importFocalPointsAction} success={t("focalPointsImported")} className="flex flex-col gap-3">
      <input type="hidden" name="editionId" value={editionId} />
      <input type="hidden" name="locale" value={locale} />
      <TextAreaField name="lines" label={t("focalPointsLines")} hint={t("focalPointsHint")} rows={6} dir="ltr" className="rounded border border-gray-500 px-3 py-2 font-mono text-sm" />
      <SubmitButton variant="secondary">{t("importFocalPoints")}</SubmitButton>
    </ActionForm>
  );
}

export function InvitationSettingsForm({ editionId, locale, reminderAfterDays, countriesPublished }: { editionId: string; locale: string; reminderAfterDays: number | null; countriesPublished: boolean }) {
  const t = useTranslations("invitationsAdmin");
  return (
    <ActionForm action={invitationSettingsAction} success={t("settingsSaved")} className="flex flex-col gap-3">
      <input type="hidden" name="editionId" value={editionId} />
      <input type="hidden" name="locale" value={locale} />
      <TextField name="reminderAfterDays" label={t("reminderAfterDays")} hint={t("reminderHint")} type="number" min={1} max={90} value={reminderAfterDays} />
      <CheckboxField name="countriesPublished" label={t("countriesPublished")} defaultChecked={countriesPublished} />
      <SubmitButton variant="secondary">{t("saveSettings")}</SubmitButton>
    </ActionForm>
  );
}

export function InvitationEditForm({ locale, values }: { locale: string; values: { id: string; quota: number; letterLocale: string; focalPointName: string | null; focalPointEmail: string | null; focalPointInstitution: string | null; notes: string | null } }) {
  const t = useTranslations("invitationsAdmin");
  return (
    <ActionForm action={updateInvitationAction} success={t("saved")} className="grid gap-3 md:grid-cols-2">
      <input type="hidden" name="id" value={values.id} />
      <input type="hidden" name="locale" value={locale} />
      <TextField name="quota" label={t("quota")} hint={t("quotaHint")} type="number" min={1} max={100} value={values.quota} />
      <SelectField name="letterLocale" label={t("letterLanguage")} value={values.letterLocale} options={languages} />
      <TextField name="focalPointName" label={t("focalPointName")} value={values.focalPointName} />
      <TextField name="focalPointEmail" label={t("focalPointEmail")} type="email" dir="ltr" value={values.focalPointEmail} />
      <TextField name="focalPointInstitution" label={t("focalPointInstitution")} hint={t("focalPointInstitutionHint")} value={values.focalPointInstitution} />
      <div className="md:col-span-2">
        <TextAreaField name="notes" label={t("notes")} value={values.notes} rows={3} />
      </div>
      <div className="md:col-span-2">
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

/** Send, remind or revoke one invitation (the bulk action on one row), renew its link, or delete it while unsent. */
export function InvitationButtons({ editionId, id, locale, status, revoked }: { editionId: string; id: string; locale: string; status: string; revoked: boolean }) {
  const t = useTranslations("invitationsAdmin");
  return (
    <div className="flex flex-wrap items-start gap-2">
      {!revoked && (status === "NOT_SENT" || status === "SENT") && (
        <ActionForm action={bulkInvitationsAction} success={t("bulkDone")} className="flex flex-col gap-1">
          <input type="hidden" name="editionId" value={editionId} />
          <input type="hidden" name="ids" value={id} />
          <input type="hidden" name="locale" value={locale} />
          {status === "NOT_SENT" ? (
            <button type="submit" name="op" value="send" className={button}>{t("bulk.send")}</button>
          ) : (
            <button type="submit" name="op" value="remind" className={secondary}>{t("bulk.remind")}</button>
          )}
        </ActionForm>
      )}
      <ActionForm action={regenerateLinkAction} success={t("linkRenewed")} className="flex flex-col gap-1">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className={secondary}>{revoked ? t("restoreWithNewLink") : t("regenerateLink")}</button>
      </ActionForm>
      {!revoked && (
        <ActionForm action={bulkInvitationsAction} success={t("bulkDone")} className="flex flex-col gap-1">
          <input type="hidden" name="editionId" value={editionId} />
          <input type="hidden" name="ids" value={id} />
          <input type="hidden" name="locale" value={locale} />
          <ConfirmButton name="op" value="revoke" variant="secondary" confirm={t("revokeConfirm")}>{t("bulk.revoke")}</ConfirmButton>
        </ActionForm>
      )}
      {status === "NOT_SENT" && (
        <ActionForm action={deleteInvitationAction} className="flex flex-col gap-1">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="locale" value={locale} />
          <ConfirmButton confirm={t("deleteConfirm")}>{t("delete")}</ConfirmButton>
        </ActionForm>
      )}
    </div>
  );
}

export function OrganizationForm({ locale }: { locale: string }) {
  const t = useTranslations("invitationsAdmin");
  const tf = useTranslations("form");
  return (
    <ActionForm action={createOrganizationAction} success={t("organizationAdded")} className="flex flex-col gap-3">
      <input type="hidden" name="locale" value={locale} />
      <TextField name="acronym" label={t("acronym")} hint={t("acronymHint")} maxLength={20} />
      <LocalizedField name="names" label={t("organizationName")} requiredLabel={tf("required")} />
      <SubmitButton>{t("addOrganization")}</SubmitButton>
    </ActionForm>
  );
}
