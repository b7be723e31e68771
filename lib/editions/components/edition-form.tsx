"use client";
import { useTranslations } from "next-intl";
import { ActionForm, LocalizedField, SelectField, SubmitButton, TextField } from "@/components/forms/action-form";
import { createEditionAction, createPlannedEditionAction, updateEditionAction } from "@/lib/editions/actions";
import { TIME_ZONES } from "@/lib/i18n/time-zones";

export interface EditionFormValues {
  seriesId: string;
  number: number;
  theme: Record<string, string>;
  venue: Record<string, string> | null;
  city: string | null;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  registrationOpensAt: string;
  registrationClosesAt: string;
}

export function EditionForm(props: { locale: string; mode: "create" | "update" | "plan"; id?: string; fromEditionId?: string; values: EditionFormValues }) {
  const t = useTranslations("editionAdmin");
  const tf = useTranslations("form");
  const v = props.values;
  const action = props.mode === "create" ? createEditionAction : props.mode === "plan" ? createPlannedEditionAction : updateEditionAction;
  return (
    <ActionForm action={action} success={t("saved")}>
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="seriesId" value={v.seriesId} />
      {props.id && <input type="hidden" name="id" value={props.id} />}
      {props.fromEditionId && <input type="hidden" name="fromEditionId" value={props.fromEditionId} />}
      <div className="grid gap-3 md:grid-cols-3">
        <TextField name="number" type="number" min={1} max={999} label={t("number")} value={v.number} required />
        <TextField name="capacity" type="number" min={0} max={100000} label={t("capacity")} hint={t("capacityHint")} value={v.capacity} />
        <TextField name="city" label={t("city")} value={v.city} maxLength={100} />
      </div>
      <LocalizedField name="theme" label={t("theme")} value={v.theme} requiredLabel={tf("required")} />
      <LocalizedField name="venue" label={t("venue")} value={v.venue} />
      <SelectField name="timeZone" label={t("timeZone")} hint={t("timeZoneHint")} value={v.timeZone} options={TIME_ZONES.map((z) => ({ value: z, label: z }))} />
      <div className="grid gap-3 md:grid-cols-2">
        <TextField name="startsAt" type="datetime-local" label={t("startsAt")} value={v.startsAt} />
        <TextField name="endsAt" type="datetime-local" label={t("endsAt")} value={v.endsAt} />
        <TextField name="registrationOpensAt" type="datetime-local" label={t("registrationOpensAt")} value={v.registrationOpensAt} />
        <TextField name="registrationClosesAt" type="datetime-local" label={t("registrationClosesAt")} value={v.registrationClosesAt} />
      </div>
      <SubmitButton>{props.mode === "update" ? tf("save") : props.mode === "plan" ? t("createPlanned") : t("create")}</SubmitButton>
    </ActionForm>
  );
}
