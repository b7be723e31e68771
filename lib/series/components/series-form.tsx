"use client";
import { useTranslations } from "next-intl";
import { ActionForm, LocalizedField, SelectField, SubmitButton, TextField } from "@/components/forms/action-form";
import { createSeriesAction, updateSeriesAction } from "@/lib/series/actions";
import { TIME_ZONES } from "@/lib/i18n/time-zones";

export interface SeriesFormValues {
  id?: string;
  slug: string;
  name: Record<string, string>;
  description: Record<string, string> | null;
  hostName: Record<string, string>;
  hostUrl: string | null;
  defaultTimeZone: string;
  recurrence: string;
  recurrenceInterval: number;
  byMonth: number | null;
  byWeekday: number | null;
  bySetPos: number | null;
  byMonthDay: number | null;
}

export function SeriesForm({ locale, values }: { locale: string; values?: SeriesFormValues }) {
  const t = useTranslations("seriesAdmin");
  const tf = useTranslations("form");
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2020, i, 1))) }));
  const weekdays = Array.from({ length: 7 }, (_, i) => ({ value: String(i), label: new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2023, 0, 1 + i))) }));
  const none = { value: "", label: t("none") };
  return (
    <ActionForm action={values?.id ? updateSeriesAction : createSeriesAction} success={t("saved")}>
      <input type="hidden" name="locale" value={locale} />
      {values?.id && <input type="hidden" name="id" value={values.id} />}
      <TextField name="slug" label={t("slug")} hint={t("slugHint")} value={values?.slug} required maxLength={80} />
      <LocalizedField name="name" label={t("name")} value={values?.name} requiredLabel={tf("required")} />
      <LocalizedField name="description" label={t("description")} value={values?.description} multiline />
      <LocalizedField name="hostName" label={t("host")} value={values?.hostName} requiredLabel={tf("required")} />
      <TextField name="hostUrl" type="url" label={t("hostUrl")} value={values?.hostUrl} />
      <SelectField name="defaultTimeZone" label={t("timeZone")} value={values?.defaultTimeZone ?? "UTC"} options={TIME_ZONES.map((z) => ({ value: z, label: z }))} />
      <fieldset className="rounded border border-gray-300 p-3">
        <legend className="px-1 text-sm font-semibold">{t("recurrence")}</legend>
        <div className="grid gap-3 md:grid-cols-3">
          <SelectField name="recurrence" label={t("frequency")} value={values?.recurrence ?? "YEARLY"} options={(["YEARLY", "MONTHLY", "NONE"] as const).map((f) => ({ value: f, label: t(`frequencyValue.${f}`) }))} />
          <TextField name="recurrenceInterval" type="number" min={1} max={120} label={t("interval")} value={values?.recurrenceInterval ?? 1} />
          <SelectField name="byMonth" label={t("month")} value={values?.byMonth} options={[none, ...months]} />
          <SelectField name="bySetPos" label={t("setPos")} value={values?.bySetPos} options={[none, ...(["1", "2", "3", "4", "-1"] as const).map((p) => ({ value: p, label: t(`setPosValue.${p}`) }))]} />
          <SelectField name="byWeekday" label={t("weekday")} value={values?.byWeekday} options={[none, ...weekdays]} />
          <TextField name="byMonthDay" type="number" min={1} max={31} label={t("monthDay")} value={values?.byMonthDay} />
        </div>
        <p className="mt-2 text-sm text-gray-700">{t("recurrenceHint")}</p>
      </fieldset>
      <SubmitButton>{values?.id ? tf("save") : t("create")}</SubmitButton>
    </ActionForm>
  );
}
