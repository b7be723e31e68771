// One look per participation class, shared by the map and the chart: a fill colour and a
// texture (solid, hatching, dots, plain), so the classes read without colour. Base fills of
// neighbouring classes in PARTICIPATION_CLASSES differ by at least 3:1, and so do the marks
// from their base (participation-patterns.test.ts computes both).
import { useId } from "react";
import type { ParticipationClass } from "../participation";

export interface ClassLook {
  fill: string;
  mark: { kind: "hatch" | "dots"; color: string } | null;
}

export const CLASS_LOOKS: Record<ParticipationClass, ClassLook> = {
  attended: { fill: "#123a61", mark: null }, // brand-800, solid
  accepted: { fill: "#9cc3e6", mark: { kind: "hatch", color: "#123a61" } },
  invited: { fill: "#8a4b08", mark: { kind: "dots", color: "#fde68a" } },
  notInvited: { fill: "#e5e7eb", mark: null }, // gray-200, plain
};

/** Outline of shapes, bars and swatches: at least 3:1 against white and the light fills. */
export const OUTLINE = "#4b5563";

const TILE = 6;

/** A prefix for pattern ids that is unique on the page and safe inside url(#…). */
export function usePatternPrefix(name: string): string {
  return `${name}-${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
}

export const patternFill = (prefix: string, cls: ParticipationClass) => `url(#${prefix}-${cls})`;

/** The <pattern> elements for `classes`, to be placed in an SVG's <defs>. */
export function ParticipationPatterns({ prefix, classes }: { prefix: string; classes: readonly ParticipationClass[] }) {
  return (
    <>
      {classes.map((cls) => {
        const { fill, mark } = CLASS_LOOKS[cls];
        return (
          <pattern
            key={cls}
            id={`${prefix}-${cls}`}
            width={TILE}
            height={TILE}
            patternUnits="userSpaceOnUse"
            patternTransform={mark?.kind === "hatch" ? "rotate(45)" : undefined}
          >
            <rect width={TILE} height={TILE} fill={fill} />
            {mark?.kind === "hatch" && <rect width={2} height={TILE} fill={mark.color} />}
            {mark?.kind === "dots" && <circle cx={TILE / 2} cy={TILE / 2} r={1.4} fill={mark.color} />}
          </pattern>
        );
      })}
    </>
  );
}

/** A legend swatch; its pattern lives in the figure's chart or map SVG. */
export function Swatch({ prefix, cls }: { prefix: string; cls: ParticipationClass }) {
  return (
    <svg aria-hidden="true" width={24} height={16} viewBox="0 0 24 16" className="shrink-0">
      <rect x={0.5} y={0.5} width={23} height={15} fill={patternFill(prefix, cls)} stroke={OUTLINE} />
    </svg>
  );
}

/** Legend entries in the caller's order; `extra` follows the label (e.g. a count). */
export function Legend({ prefix, items }: { prefix: string; items: { cls: ParticipationClass; label: string; extra?: string }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-gray-900">
      {items.map(({ cls, label, extra }) => (
        <li key={cls} data-class={cls} className="flex items-center gap-2">
          <Swatch prefix={prefix} cls={cls} />
          <span>{label}</span>
          {extra !== undefined && <span className="tabular-nums text-gray-700">{extra}</span>}
        </li>
      ))}
    </ul>
  );
}
