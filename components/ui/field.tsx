import type { InputHTMLAttributes, ReactNode } from "react";

/** A labelled input with its hint and translated errors, wired for screen readers. */
export function Field(props: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  children?: ReactNode;
} & InputHTMLAttributes<HTMLInputElement>) {
  const { name, label, hint, errors, children, id, ...input } = props;
  const inputId = id ?? `f-${name}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errId = errors?.length ? `${inputId}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={inputId} className="text-sm font-semibold text-gray-900">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-gray-600">
          {hint}
        </p>
      )}
      {children ?? (
        <input
          id={inputId}
          name={name}
          aria-invalid={errId ? true : undefined}
          aria-describedby={[hintId, errId].filter(Boolean).join(" ") || undefined}
          className="rounded border border-gray-400 px-3 py-2 text-gray-900 aria-invalid:border-red-700"
          {...input}
        />
      )}
      {errId && (
        <p id={errId} className="text-sm text-red-700">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
