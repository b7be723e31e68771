import { geoCentroid } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import world50m from "world-atlas/countries-50m.json";
import { COUNTRIES } from "@/prisma/data/countries";
import { SMALL_STATE_CENTROIDS } from "./small-states";
import { MARKER_RADIUS, VIEW_HEIGHT, VIEW_WIDTH, getWorldShapes } from "./world-map-geometry";

/** The bounding box of a path's points (d3 writes "M1.2,3.4L…"). */
function extent(d: string): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const m of d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)) {
    xs.push(Number(m[1]));
    ys.push(Number(m[2]));
  }
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

describe("world map geometry", () => {
  it("shows every UN member and observer state as a shape of at least 4 units or a marker", () => {
    const shapes = getWorldShapes();
    for (const c of COUNTRIES) {
      const shape = shapes.find((s) => s.numeric === c.numeric);
      expect(shape, `${c.numeric} ${c.nameEn}`).toBeDefined();
      const visible = shape!.marker !== null || (shape!.d !== null && extent(shape!.d) >= 4);
      expect(visible, `${c.numeric} ${c.nameEn}`).toBe(true);
    }
  });

  it("keeps markers inside the view and apart from each other", () => {
    const markers = getWorldShapes().flatMap((s) => (s.marker ? [s.marker] : []));
    expect(markers.length).toBeGreaterThanOrEqual(Object.keys(SMALL_STATE_CENTROIDS).length);
    for (const m of markers) {
      expect(m.x).toBeGreaterThanOrEqual(MARKER_RADIUS);
      expect(m.x).toBeLessThanOrEqual(VIEW_WIDTH - MARKER_RADIUS);
      expect(m.y).toBeGreaterThanOrEqual(MARKER_RADIUS);
      expect(m.y).toBeLessThanOrEqual(VIEW_HEIGHT - MARKER_RADIUS);
    }
    for (let i = 0; i < markers.length; i++)
      for (let j = i + 1; j < markers.length; j++)
        expect(Math.hypot(markers[i].x - markers[j].x, markers[i].y - markers[j].y)).toBeGreaterThanOrEqual(2 * MARKER_RADIUS);
  });

  it("places small-state markers at the centroid of their 50m shape", () => {
    const topology = world50m as unknown as Topology<{ countries: GeometryCollection }>;
    const features = (feature(topology, topology.objects.countries) as FeatureCollection).features;
    let checked = 0;
    for (const [numeric, [lon, lat]] of Object.entries(SMALL_STATE_CENTROIDS)) {
      const f = features.find((x) => x.id === numeric);
      if (!f) continue; // Tuvalu: in no world-atlas file
      const [clon, clat] = geoCentroid(f);
      expect(Math.abs(clon - lon), numeric).toBeLessThan(0.01);
      expect(Math.abs(clat - lat), numeric).toBeLessThan(0.01);
      checked++;
    }
    expect(checked).toBe(Object.keys(SMALL_STATE_CENTROIDS).length - 1);
  });

  it("projects once per process", () => {
    expect(getWorldShapes()).toBe(getWorldShapes());
  });
});
