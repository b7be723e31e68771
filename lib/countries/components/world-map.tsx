// Which countries took part, as a world map with a legend and the same data as a table.
// Server-rendered SVG, no client JavaScript; each class has its own fill and texture.
import { DataTable } from "@/components/ui/data-table";
import { PARTICIPATION_CLASSES, type ParticipationClass } from "../participation";
import { Legend, OUTLINE, ParticipationPatterns, patternFill, usePatternPrefix } from "./participation-patterns";
import { MARKER_RADIUS, VIEW_HEIGHT, VIEW_WIDTH, getWorldShapes } from "./world-map-geometry";

export type { ParticipationClass } from "../participation";

export interface WorldMapEntry {
  numeric: string; // ISO 3166-1 numeric, zero-padded: "004"
  name: string;
  cls: ParticipationClass;
}

export interface WorldMapProps {
  title: string;
  entries: WorldMapEntry[];
  labels: Record<ParticipationClass, string>;
  tableCaption: string;
  columns: { country: string; participation: string };
  dir?: "ltr" | "rtl";
}

export function WorldMap({ title, entries, labels, tableCaption, columns, dir = "ltr" }: WorldMapProps) {
  const prefix = usePatternPrefix("map");
  const titleId = `${prefix}-title`;
  const byNumeric = new Map<string, WorldMapEntry>();
  for (const e of entries) if (!byNumeric.has(e.numeric)) byNumeric.set(e.numeric, e);
  const counts = Object.fromEntries(PARTICIPATION_CLASSES.map((cls) => [cls, entries.filter((e) => e.cls === cls).length]));

  return (
    <figure dir={dir} className="flex flex-col gap-4">
      <figcaption className="text-lg font-semibold text-gray-900">{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
        className="h-auto w-full rounded border border-gray-300 bg-white"
      >
        <title id={titleId}>{title}</title>
        <defs>
          <ParticipationPatterns prefix={prefix} classes={PARTICIPATION_CLASSES} />
        </defs>
        <g stroke={OUTLINE} strokeWidth={0.4} strokeLinejoin="round">
          {getWorldShapes().map((shape, i) => {
            const entry = shape.numeric ? byNumeric.get(shape.numeric) : undefined;
            if (!entry) return shape.d ? <path key={i} d={shape.d} fill="#ffffff" /> : null;
            return (
              <g key={i} data-numeric={entry.numeric} fill={patternFill(prefix, entry.cls)}>
                <title>{`${entry.name}: ${labels[entry.cls]}`}</title>
                {shape.d && <path d={shape.d} />}
                {shape.marker && (
                  <circle cx={shape.marker.x} cy={shape.marker.y} r={MARKER_RADIUS} stroke="#111827" strokeWidth={0.8} />
                )}
              </g>
            );
          })}
        </g>
      </svg>
      <Legend prefix={prefix} items={PARTICIPATION_CLASSES.map((cls) => ({ cls, label: labels[cls], extra: `(${counts[cls]})` }))} />
      <div className="max-w-2xl">
        <DataTable caption={tableCaption} columns={[{ label: columns.country }, { label: columns.participation }]}>
          {entries
            .filter((e) => e.cls !== "notInvited")
            .map((e, i) => (
              <tr key={`${e.numeric}-${i}`} className="border-b border-gray-200">
                <td className="py-1">{e.name}</td>
                <td className="py-1">{labels[e.cls]}</td>
              </tr>
            ))}
        </DataTable>
      </div>
    </figure>
  );
}
