"use client";
import { useTranslations } from "next-intl";
import { ActionForm, ConfirmButton, LocalizedField, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/action-form";
import { deleteSessionAction, saveSessionAction } from "@/lib/programme/actions";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/config";

/** The values of a session being edited (wall-clock times in the edition's zone; people as typed). */
export interface SessionValues {
  id: string;
  title: Record<string, string>;
  startsAt: string;
  endsAt: string;
  room: string | null;
  language: string | null;
  chair: string;
  speakers: string;
}

/** A new session, or a change to one (times, room, chair, speakers): moving a session in time reorders the programme. */
export function SessionForm({ editionId, defaultStart, defaultEnd, session }: { editionId: string; defaultStart?: string; defaultEnd?: string; session?: SessionValues }) {
  const t = useTranslations("programme");
  const tf = useTranslations("form");
  const key = session?.id ?? "new";
  return (
    <ActionForm action={saveSessionAction} success={t("saved")}>
      <input type="hidden" name="editionId" value={editionId} />
      {session && <input type="hidden" name="id" value={session.id} />}
      <LocalizedField name="title" label={t("sessionTitle")} value={session?.title} requiredLabel={tf("required")} idPrefix={session ? `${key}-` : ""} />
      <div className="grid gap-3 md:grid-cols-2">
        <TextField id={`${key}-startsAt`} name="startsAt" type="datetime-local" label={t("startsAt")} value={session?.startsAt ?? defaultStart} required />
        <TextField id={`${key}-endsAt`} name="endsAt" type="datetime-local" label={t("endsAt")} value={session?.endsAt ?? defaultEnd} required />
        <TextField id={`${key}-room`} name="room" label={t("room")} value={session?.room} maxLength={100} />
        <SelectField id={`${key}-language`} name="language" label={t("language")} value={session?.language ?? ""} options={[{ value: "", label: "—" }, ...LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))]} />
        <TextField id={`${key}-chair`} name="chair" label={t("chair")} value={session?.chair} maxLength={200} />
      </div>
      <TextAreaField id={`${key}-speakers`} name="speakers" label={t("speakers")} hint={t("speakersHint")} value={session?.speakers} />
      <SubmitButton>{session ? t("save") : t("add")}</SubmitButton>
    </ActionForm>
  );
}

/** Deleting a session asks first, naming it. */
export function DeleteSessionButton({ id, label, title }: { id: string; label: string; title: string }) {
  const t = useTranslations("programme");
  return (
    <ActionForm action={deleteSessionAction} className="inline">
      <input type="hidden" name="id" value={id} />
      <ConfirmButton variant="secondary" confirm={t("deleteConfirm", { title })}>{label}</ConfirmButton>
    </ActionForm>
  );
}
