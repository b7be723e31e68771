export type Tone = "green" | "amber" | "red" | "blue" | "gray";

const TONES: Record<Tone, string> = {
  green: "bg-green-100 text-green-900",
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-900",
  blue: "bg-brand-100 text-brand-900",
  gray: "bg-gray-200 text-gray-900",
};

export function StatusBadge({ label, tone = "gray" }: { label: string; tone?: Tone }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${TONES[tone]}`}>{label}</span>;
}
