"use client";
// Forms bound to server actions: one state for the whole form, errors next to each field
// (translated), a summary at the top, and typed values kept after a refused submit.
import { createContext, useActionState, useContext, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, type InputHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { LOCALES, LOCALE_NAMES, dirOf } from "@/lib/i18n/config";
import type { ActionResult } from "@/lib/actions";

export type FormResult = ActionResult | null;
type FormAction = (prev: FormResult, form: FormData) => Promise<FormResult>;

const FormState = createContext<{ state: FormResult; pending: boolean }>({ state: null, pending: false });

function valueAt(values: Record<string, unknown> | undefined, name: string): string | undefined {
  let node: unknown = values;
  for (const part of name.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

function useField(name: string, fallback?: string | number | null) {
  const { state } = useContext(FormState);
  const tv = useTranslations("validation");
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors?.[name]?.map((k) => {
    const [key, max] = k.split(":");
    if (key === "tooLong" && max) return tv("tooLongMax", { max: Number(max) });
    return tv.has(key as never) ? tv(key as never) : tv("invalid");
  });
  const kept = valueAt(failed?.values, name);
  return { errors, defaultValue: kept ?? (fallback === null || fallback === undefined ? "" : String(fallback)) };
}

export function ActionForm(props: { action: FormAction; children: ReactNode; className?: string; success?: string | ((data: unknown) => string); id?: string; done?: (data: unknown) => ReactNode }) {
  const [state, formAction, pending] = useActionState<FormResult, FormData>(props.action, null);
  const tr = useTranslations("reasons");
  const reason = state && !state.ok ? state.reason : null;
  // A form that is finished once it succeeds (a registration) shows what happened instead of itself.
  if (state?.ok && props.done) return <div role="status">{props.done(state.data)}</div>;
  return (
    <FormState.Provider value={{ state, pending }}>
      <form id={props.id} action={formAction} noValidate className={props.className ?? "flex flex-col gap-4"}>
        {reason && <Alert>{tr.has(reason as never) ? tr(reason as never) : tr("INTERNAL")}</Alert>}
        {state?.ok && props.success && <Alert tone="success">{typeof props.success === "function" ? props.success(state.data) : props.success}</Alert>}
        {props.children}
      </form>
    </FormState.Provider>
  );
}

const inputClass = "rounded border border-gray-500 px-3 py-2 text-gray-900 aria-invalid:border-red-700 aria-invalid:border-2";

function Described({ id, label, hint, errors, children }: { id: string; label: string; hint?: string; errors?: string[]; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-gray-900">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-gray-700">{hint}</p>}
      {children}
      {errors?.length ? <p id={`${id}-error`} className="text-sm font-semibold text-red-800">{errors.join(" ")}</p> : null}
    </div>
  );
}

function aria(id: string, hint?: string, errors?: string[]) {
  const by = [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ");
  return { "aria-invalid": errors?.length ? true : undefined, "aria-describedby": by || undefined };
}

export function TextField({ name, label, hint, value, ...rest }: { name: string; label: string; hint?: string; value?: string | number | null } & Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "defaultValue">) {
  const { errors, defaultValue } = useField(name, value);
  const id = rest.id ?? `f-${name.replace(/\./g, "-")}`;
  return (
    <Described id={id} label={label} hint={hint} errors={errors}>
      <input id={id} name={name} defaultValue={defaultValue} className={inputClass} {...aria(id, hint, errors)} {...rest} />
    </Described>
  );
}

export function TextAreaField({ name, label, hint, value, ...rest }: { name: string; label: string; hint?: string; value?: string | null } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "defaultValue">) {
  const { errors, defaultValue } = useField(name, value);
  const id = rest.id ?? `f-${name.replace(/\./g, "-")}`;
  return (
    <Described id={id} label={label} hint={hint} errors={errors}>
      <textarea id={id} name={name} defaultValue={defaultValue} className={inputClass} rows={4} {...aria(id, hint, errors)} {...rest} />
    </Described>
  );
}

export function SelectField({ name, label, hint, value, options, ...rest }: { name: string; label: string; hint?: string; value?: string | number | null; options: { value: string; label: string }[] } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "value" | "defaultValue">) {
  const { errors, defaultValue } = useField(name, value);
  const id = rest.id ?? `f-${name.replace(/\./g, "-")}`;
  return (
    <Described id={id} label={label} hint={hint} errors={errors}>
      {/* Keyed by the value to show: after a refused submit React resets the form, and a select
          only takes a new defaultValue when it is mounted again. */}
      <select key={defaultValue} id={id} name={name} defaultValue={defaultValue} className={inputClass} {...aria(id, hint, errors)} {...rest}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </Described>
  );
}

/** A box to tick (consent, a choice); its error shows beside it. */
export function CheckboxField({ name, label, value = "on", defaultChecked, ...rest }: { name: string; label: string; value?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "defaultValue" | "type">) {
  const { state } = useContext(FormState);
  const { errors } = useField(name);
  const id = rest.id ?? `f-${name.replace(/\./g, "-")}`;
  // After a refused submit the box shows what was sent (ticked or not); before, its default.
  const failed = state && !state.ok ? state : null;
  const checked = failed?.values ? valueAt(failed.values, name) === value : !!defaultChecked;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-2">
        <input key={String(checked)} id={id} type="checkbox" name={name} value={value} defaultChecked={checked} className="mt-1 size-4" {...aria(id, undefined, errors)} {...rest} />
        <label htmlFor={id} className="text-sm">{label}</label>
      </div>
      {errors?.length ? <p id={`${id}-error`} className="text-sm font-semibold text-red-800">{errors.join(" ")}</p> : null}
    </div>
  );
}

/** One text per UN language; Arabic is typed right to left. With `requiredLabel`, English is required (and says so); without, every language is optional. */
export function LocalizedField({ name, label, hint, value, multiline, requiredLabel, idPrefix = "" }: { name: string; label: string; hint?: string; value?: Record<string, string> | null; multiline?: boolean; requiredLabel?: string; idPrefix?: string }) {
  return (
    <fieldset className="rounded border border-gray-300 p-3">
      <legend className="px-1 text-sm font-semibold">{label}</legend>
      {hint && <p className="mb-2 text-sm text-gray-700">{hint}</p>}
      <div className="grid gap-3 md:grid-cols-2">
        {LOCALES.map((l) => {
          const common = { id: `${idPrefix}f-${name}-${l}`, name: `${name}.${l}`, label: `${LOCALE_NAMES[l]}${l === "en" && requiredLabel ? ` (${requiredLabel})` : ""}`, value: value?.[l] ?? "", lang: l, dir: dirOf(l) };
          return multiline ? <TextAreaField key={l} {...common} rows={3} /> : <TextField key={l} {...common} />;
        })}
      </div>
    </fieldset>
  );
}

export function SubmitButton({ children, variant = "primary" }: { children: ReactNode; variant?: "primary" | "secondary" | "danger" }) {
  const { pending } = useContext(FormState);
  const styles = { primary: "bg-brand-700 text-white hover:bg-brand-800", secondary: "border border-brand-700 text-brand-800 hover:bg-brand-50", danger: "bg-red-700 text-white hover:bg-red-800" }[variant];
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`self-start rounded px-4 py-2 font-semibold disabled:opacity-60 ${styles}`}>
      {children}
    </button>
  );
}

/** A submit button that asks first, saying what will happen (deleting, cancelling, revoking). */
export function ConfirmButton({ children, confirm, name, value, variant = "danger" }: { children: ReactNode; confirm: string; name?: string; value?: string; variant?: "danger" | "secondary" }) {
  const { pending } = useContext(FormState);
  const styles = variant === "danger" ? "bg-red-700 text-white hover:bg-red-800" : "border border-red-700 text-red-800 hover:bg-red-50";
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      onClick={(e) => {
        if (!window.confirm(confirm)) e.preventDefault();
      }}
      className={`self-start rounded px-4 py-2 font-semibold disabled:opacity-60 ${styles}`}
    >
      {children}
    </button>
  );
}
