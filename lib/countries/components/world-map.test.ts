// Unit tests render to static markup (the unit project runs .test.ts, hence createElement).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { COUNTRIES } from "@/prisma/data/countries";
import { PARTICIPATION_CLASSES, type ParticipationClass } from "../participation";
import { WorldMap } from "./world-map";

const labels: Record<ParticipationClass, string> = { attended: "Attended", accepted: "Accepted", invited: "Invited", notInvited: "Not invited" };

function render(entries: { numeric: string; name: string; cls: ParticipationClass }[]): string {
  return renderToStaticMarkup(
    createElement(WorldMap, { title: "Who came", entries, labels, tableCaption: "Countries", columns: { country: "Country", participation: "Participation" } }),
  );
}

/** Country groups on the map: numeric code, fill and inner markup. */
function countryGroups(html: string) {
  return [...html.matchAll(/<g data-numeric="(\d{3})" fill="url\(#([^)]+)\)">([\s\S]*?)<\/g>/g)].map((m) => ({ numeric: m[1], patternId: m[2], body: m[3] }));
}
const patternClass = (html: string, id: string) => new RegExp(`<pattern id="${id}"`).test(html) && id.split("-").at(-1);
const tableRows = (html: string) =>
  [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].flatMap((t) => [...t[1].matchAll(/<tr[^>]*><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]));

const sample = [
  { numeric: "250", name: "France", cls: "attended" as const },
  { numeric: "702", name: "Singapore", cls: "accepted" as const },
  { numeric: "076", name: "Brazil", cls: "invited" as const },
  { numeric: "036", name: "Australia", cls: "notInvited" as const },
  { numeric: "404", name: "Kenya", cls: "attended" as const },
];

describe("WorldMap", () => {
  it("draws one country per entry, filled with its class's pattern and titled with name and class", () => {
    const html = render(sample);
    const groups = countryGroups(html);
    expect(groups.map((g) => g.numeric).sort()).toEqual(sample.map((e) => e.numeric).sort());
    for (const e of sample) {
      const g = groups.find((x) => x.numeric === e.numeric)!;
      expect(patternClass(html, g.patternId), e.name).toBe(e.cls);
      expect(g.body).toContain(`<title>${e.name}: ${labels[e.cls]}</title>`);
    }
    expect(groups.find((g) => g.numeric === "702")!.body).toMatch(/<circle /); // Singapore: a marker, no 110m shape
  });

  it("draws a distinct pattern per class", () => {
    const html = render(sample);
    for (const cls of PARTICIPATION_CLASSES) expect(html).toMatch(new RegExp(`<pattern id="[^"]+-${cls}"`));
    const ids = countryGroups(html).map((g) => g.patternId);
    expect(new Set(ids).size).toBe(PARTICIPATION_CLASSES.length);
  });

  it("draws countries missing from the entries in a neutral outline", () => {
    const html = render(sample);
    expect(html).not.toContain('data-numeric="304"'); // Greenland
    expect((html.match(/<path d="[^"]+" fill="#ffffff"/g) ?? []).length).toBeGreaterThan(150);
  });

  it("shows every one of the 195 states, within the size budget", () => {
    const entries = COUNTRIES.map((c, i) => ({ numeric: c.numeric, name: c.nameEn, cls: PARTICIPATION_CLASSES[i % 4] }));
    const html = render(entries);
    const groups = countryGroups(html);
    expect(groups).toHaveLength(195);
    for (const c of COUNTRIES) {
      const g = groups.find((x) => x.numeric === c.numeric);
      expect(g?.body, `${c.numeric} ${c.nameEn}`).toMatch(/<path d="M|<circle /);
    }
    expect(Buffer.byteLength(html)).toBeLessThan(250 * 1024);
  });

  it("counts the entries per class in the legend", () => {
    const html = render(sample);
    const legend = Object.fromEntries([...html.matchAll(/<li data-class="(\w+)"[\s\S]*?<span>([^<]*)<\/span><span[^>]*>\((\d+)\)<\/span><\/li>/g)].map((m) => [m[1], [m[2], Number(m[3])]]));
    expect(legend).toEqual({ attended: ["Attended", 2], accepted: ["Accepted", 1], invited: ["Invited", 1], notInvited: ["Not invited", 1] });
  });

  it("lists exactly the invited countries in the table, in the caller's order", () => {
    const html = render(sample);
    expect(html).toMatch(/<caption[^>]*>Countries<\/caption>/);
    expect(tableRows(html)).toEqual([
      ["France", "Attended"],
      ["Singapore", "Accepted"],
      ["Brazil", "Invited"],
      ["Kenya", "Attended"],
    ]);
  });

  it("ignores an unknown code on the map", () => {
    const html = render([...sample, { numeric: "999", name: "Atlantis", cls: "attended" }]);
    expect(html).not.toContain('data-numeric="999"');
    expect(countryGroups(html)).toHaveLength(sample.length);
  });

  it("is an image labelled by its title", () => {
    const html = render(sample);
    const [, labelledBy] = /<svg role="img" aria-labelledby="([^"]+)"/.exec(html) ?? [];
    expect(labelledBy).toBeTruthy();
    expect(html).toContain(`<title id="${labelledBy}">Who came</title>`);
  });
});
