import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ParticipationChart, type ParticipationRow } from "./participation-chart";

const labels = { invited: "Invited", accepted: "Accepted", attended: "Attended" };
const rows: ParticipationRow[] = [
  { label: "2023", invited: 100, accepted: 50, attended: 40 },
  { label: "2024", invited: 80, accepted: 60, attended: 0 },
  { label: "2025", invited: 120, accepted: 90, attended: 75 },
];

function render(input: ParticipationRow[], dir?: "ltr" | "rtl"): string {
  return renderToStaticMarkup(createElement(ParticipationChart, { title: "Per edition", rows: input, labels, tableCaption: "Countries per edition", columnLabel: "Edition", dir }));
}

/** Bars by row and series, with their geometry. */
function bars(html: string) {
  const out: { row: number; series: string; x: number; y: number; height: number; fill: string }[] = [];
  for (const g of html.matchAll(/<g data-row="(\d+)">([\s\S]*?)<\/g><text/g))
    for (const m of g[2].matchAll(/<rect data-series="(\w+)" x="([\d.]+)" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="([^"]+)"/g))
      out.push({ row: Number(g[1]), series: m[1], x: Number(m[2]), y: Number(m[3]), height: Number(m[4]), fill: m[5] });
  return out;
}
const bar = (html: string, row: number, series: string) => bars(html).find((b) => b.row === row && b.series === series)!;

describe("ParticipationChart", () => {
  it("draws three bars per edition with heights proportional to the values", () => {
    const html = render(rows);
    expect(bars(html)).toHaveLength(9);
    const [a, b, c] = [bar(html, 0, "invited"), bar(html, 0, "accepted"), bar(html, 2, "attended")];
    expect(a.height / b.height).toBeCloseTo(2, 2);
    expect(a.height / c.height).toBeCloseTo(100 / 75, 2);
    expect(bar(html, 1, "attended").height).toBe(0);
  });

  it("labels the bars with their values and the axis with whole numbers", () => {
    const html = render(rows);
    for (const v of [100, 50, 40, 80, 60, 120, 90, 75]) expect(html).toMatch(new RegExp(`text-anchor="middle" font-size="11"[^>]*>${v}</text>`));
    const ticks = [...html.matchAll(/dy="0.32em"[^>]*>([^<]+)<\/text>/g)].map((m) => Number(m[1]));
    expect(ticks[0]).toBe(0);
    expect(ticks.every(Number.isInteger)).toBe(true);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(120);
  });

  it("fills each series with its own pattern", () => {
    const html = render(rows);
    const fills = new Set(["invited", "accepted", "attended"].map((s) => bar(html, 0, s).fill));
    expect(fills.size).toBe(3);
    for (const f of fills) expect(html).toContain(`<pattern id="${f.slice(5, -1)}"`);
  });

  it("puts the first edition on the left, or on the right when right-to-left", () => {
    const ltr = render(rows);
    expect(bar(ltr, 0, "invited").x).toBeLessThan(bar(ltr, 2, "invited").x);
    expect(bar(ltr, 0, "invited").x).toBeLessThan(bar(ltr, 0, "attended").x);
    const rtl = render(rows, "rtl");
    expect(bar(rtl, 0, "invited").x).toBeGreaterThan(bar(rtl, 2, "invited").x);
    expect(bar(rtl, 0, "invited").x).toBeGreaterThan(bar(rtl, 0, "attended").x);
    expect(rtl).toContain('dir="rtl"');
  });

  it("repeats the data as a table", () => {
    const html = render(rows);
    expect(html).toMatch(/<caption[^>]*>Countries per edition<\/caption>/);
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1];
    const cells = [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1]));
    expect(cells).toEqual(rows.map((r) => [r.label, String(r.invited), String(r.accepted), String(r.attended)]));
  });

  it("is an image with a title and a description of every value", () => {
    const html = render(rows);
    expect(html).toMatch(/<svg role="img" aria-labelledby="[^"]+" aria-describedby="[^"]+"/);
    expect(html).toContain("<title");
    expect(html).toContain("2024: Invited 80, Accepted 60, Attended 0");
  });

  it("renders only the table when there are no editions", () => {
    const html = render([]);
    expect(html).not.toContain("<svg");
    expect(html).toContain("<table");
    expect(/<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1]).toBe("");
  });
});
