// The world projected once per process: world-atlas's 110m countries (Antarctica left out,
// it is nobody's delegation and would take a fifth of the height) in the Equal Earth
// projection, fitted to a fixed viewBox, coordinates rounded to 0.1 so the markup stays
// ~130 KB (the 50m atlas would be over 1 MB). States the 110m atlas lacks or draws
// smaller than MIN_EXTENT get a marker, so every UN member and observer state is visible.
import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { SMALL_STATE_CENTROIDS } from "./small-states";

export const VIEW_WIDTH = 960;
export const VIEW_HEIGHT = 432;
export const MARKER_RADIUS = 3.5;
const MARGIN = 8;
const ANTARCTICA = "010";
/** A country whose projected box is narrower and lower than this (in viewBox units) also gets a marker. */
const MIN_EXTENT = 4;
/** Markers of neighbouring island states (the Lesser Antilles) are nudged apart to keep this gap. */
const MARKER_GAP = 1;

export interface CountryShape {
  numeric: string | null; // ISO 3166-1 numeric, "004"; null for the few disputed areas without one
  d: string | null; // null when the 110m atlas has no shape
  marker: { x: number; y: number } | null;
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

let memo: readonly CountryShape[] | undefined;

/** Shapes with a marker come last, so no neighbour is drawn over them. */
export function getWorldShapes(): readonly CountryShape[] {
  memo ??= projectWorld();
  return memo;
}

function projectWorld(): CountryShape[] {
  const topology = world as unknown as Countries;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features = all.features.filter((f) => f.id !== ANTARCTICA);
  const projection = geoEqualEarth().fitExtent(
    [
      [MARGIN, MARGIN],
      [VIEW_WIDTH - MARGIN, VIEW_HEIGHT - MARGIN],
    ],
    { type: "FeatureCollection", features },
  );
  const path = geoPath(projection).digits(1);

  const shapes: CountryShape[] = [];
  const present = new Set<string>();
  for (const f of features) {
    const d = path(f);
    if (!d) continue;
    const numeric = typeof f.id === "string" ? f.id : null;
    if (numeric) present.add(numeric);
    shapes.push({ numeric, d, marker: isTiny(path, f) ? point(path.centroid(f)) : null });
  }
  for (const [numeric, lonLat] of Object.entries(SMALL_STATE_CENTROIDS)) {
    const xy = present.has(numeric) ? null : projection([lonLat[0], lonLat[1]]);
    if (xy) shapes.push({ numeric, d: null, marker: point(xy) });
  }
  separate(shapes.flatMap((s) => (s.marker ? [s.marker] : [])));
  for (const s of shapes) if (s.marker) s.marker = { x: round(s.marker.x), y: round(s.marker.y) };
  return [...shapes.filter((s) => !s.marker), ...shapes.filter((s) => s.marker)];
}

function isTiny(path: ReturnType<typeof geoPath>, f: Feature): boolean {
  const [[x0, y0], [x1, y1]] = path.bounds(f);
  return Math.max(x1 - x0, y1 - y0) < MIN_EXTENT;
}

const point = ([x, y]: [number, number]) => ({ x, y });
const round = (v: number) => Math.round(v * 10) / 10;

/** Pushes overlapping markers apart pairwise until none overlap (or 100 rounds have passed). */
function separate(markers: { x: number; y: number }[]): void {
  const min = 2 * MARKER_RADIUS + MARKER_GAP;
  for (let pass = 0; pass < 100; pass++) {
    let moved = false;
    for (let i = 0; i < markers.length; i++) {
      for (let j = i + 1; j < markers.length; j++) {
        const a = markers[i];
        const b = markers[j];
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const dist = Math.hypot(dx, dy);
        if (dist >= min) continue;
        // Coincident points part along x, deterministically.
        const [ux, uy] = dist > 1e-6 ? [dx / dist, dy / dist] : [1, 0];
        const push = (min - dist) / 2 + 0.01;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        moved = true;
      }
    }
    if (!moved) return;
  }
}
