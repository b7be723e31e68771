/** A select of a GET filter form (no JavaScript): a label above, the current value chosen, an optional "any" first. */
export function FilterSelect({ name, label, value, options, any }: { name: string; label: string; value: string | undefined; options: { value: string; label: string; lang?: string }[]; any?: string }) {
  return (
    <label className="flex flex-col text-sm font-semibold">
      {label}
      <select name={name} defaultValue={value ?? ""} className="rounded border border-gray-500 px-2 py-1 font-normal">
        {any !== undefined && <option value="">{any}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>{o.label}</option>
        ))}
      </select>
    </label>
  );
}
