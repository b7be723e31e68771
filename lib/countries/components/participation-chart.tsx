// Invited, accepted and attended countries per edition, as grouped bars with the same data
// as a table. Server-rendered SVG; mirrored for right-to-left readers (first edition at the
// right, the value axis on the right).
import { scaleBand, scaleLinear } from "d3-scale";
import { DataTable } from "@/components/ui/data-table";
import { Legend, OUTLINE, ParticipationPatterns, patternFill, usePatternPrefix } from "./participation-patterns";

export type Series = "invited" | "accepted" | "attended";
const SERIES: readonly Series[] = ["invited", "accepted", "attended"];

export interface ParticipationRow {
  label: string;
  invited: number;
  accepted: number;
  attended: number;
}

export interface ParticipationChartProps {
  title: string;
  rows: ParticipationRow[];
  labels: Record<Series, string>;
  tableCaption: string;
  columnLabel: string;
  dir?: "ltr" | "rtl";
}

const HEIGHT = 300;
const GROUP_WIDTH = 120;
const MARGIN = { top: 24, bottom: 44, axis: 48, end: 16 }; // axis: the side holding the value axis
const TEXT = "#374151"; // gray-700: AA on white at small sizes

export function ParticipationChart({ title, rows, labels, tableCaption, columnLabel, dir = "ltr" }: ParticipationChartProps) {
  const prefix = usePatternPrefix("chart");
  const table = (
    <div className="max-w-2xl">
      <DataTable
        caption={tableCaption}
        columns={[{ label: columnLabel }, ...SERIES.map((s) => ({ label: labels[s], align: "end" as const }))]}
      >
        {rows.map((r, i) => (
          <tr key={i} className="border-b border-gray-200">
            <td className="py-1">{r.label}</td>
            {SERIES.map((s) => (
              <td key={s} className="py-1 text-end tabular-nums">
                {r[s]}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </div>
  );
  if (rows.length === 0) return <figure dir={dir}>{table}</figure>;

  const isRtl = dir === "rtl";
  const width = Math.max(720, MARGIN.axis + MARGIN.end + rows.length * GROUP_WIDTH);
  const [start, end] = isRtl ? [width - MARGIN.axis, MARGIN.end] : [MARGIN.axis, width - MARGIN.end];
  const x = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([start, end])
    .paddingInner(0.25)
    .paddingOuter(0.15);
  const inner = scaleBand<Series>()
    .domain(SERIES)
    .range(isRtl ? [x.bandwidth(), 0] : [0, x.bandwidth()])
    .padding(0.08);
  const max = Math.max(1, ...rows.flatMap((r) => SERIES.map((s) => r[s])));
  const y = scaleLinear()
    .domain([0, max])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    .nice();
  const ticks = y.ticks(5).filter(Number.isInteger); // counts of countries are whole
  const baseline = y(0);
  const axisX = isRtl ? width - MARGIN.axis : MARGIN.axis;
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const desc = rows.map((r) => `${r.label}: ${SERIES.map((s) => `${labels[s]} ${r[s]}`).join(", ")}`).join("; ");

  return (
    <figure dir={dir} className="flex flex-col gap-4">
      <figcaption className="text-lg font-semibold text-gray-900">{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        className="h-auto w-full max-w-4xl"
        fontSize={12}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{desc}</desc>
        <defs>
          <ParticipationPatterns prefix={prefix} classes={SERIES} />
        </defs>
        <g>
          {ticks.map((t) => (
            <g key={t}>
              <line x1={Math.min(start, end)} x2={Math.max(start, end)} y1={y(t)} y2={y(t)} stroke="#e5e7eb" />
              <text
                x={isRtl ? axisX + 6 : axisX - 6}
                y={y(t)}
                dy="0.32em"
                direction="ltr"
                textAnchor={isRtl ? "start" : "end"}
                fill={TEXT}
              >
                {t}
              </text>
            </g>
          ))}
          <line x1={axisX} x2={axisX} y1={MARGIN.top} y2={baseline} stroke={OUTLINE} />
          <line x1={Math.min(start, end)} x2={Math.max(start, end)} y1={baseline} y2={baseline} stroke={OUTLINE} />
        </g>
        {rows.map((r, i) => {
          const gx = x(i) ?? 0;
          return (
            <g key={i} data-row={i}>
              {SERIES.map((s) => {
                const bx = gx + (inner(s) ?? 0);
                const top = y(r[s]);
                return (
                  <g key={s}>
                    <rect
                      data-series={s}
                      x={round(bx)}
                      y={round(top)}
                      width={round(inner.bandwidth())}
                      height={round(baseline - top)}
                      fill={patternFill(prefix, s)}
                      stroke={OUTLINE}
                      strokeWidth={0.75}
                    />
                    <text x={round(bx + inner.bandwidth() / 2)} y={round(top) - 4} direction="ltr" textAnchor="middle" fontSize={11} fill="#111827">
                      {r[s]}
                    </text>
                  </g>
                );
              })}
              <text x={round(gx + x.bandwidth() / 2)} y={baseline + 20} direction={dir} textAnchor="middle" fill={TEXT}>
                {r.label}
              </text>
            </g>
          );
        })}
      </svg>
      <Legend prefix={prefix} items={SERIES.map((s) => ({ cls: s, label: labels[s] }))} />
      {table}
    </figure>
  );
}

const round = (v: number) => Math.round(v * 10) / 10;
