import { describe, expect, it } from "vitest";
import { PARTICIPATION_CLASSES } from "../participation";
import { CLASS_LOOKS, OUTLINE } from "./participation-patterns";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("participation looks", () => {
  it("computes contrast as WCAG does", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it("separates neighbouring classes by at least 3:1", () => {
    for (let i = 1; i < PARTICIPATION_CLASSES.length; i++) {
      const [a, b] = [PARTICIPATION_CLASSES[i - 1], PARTICIPATION_CLASSES[i]];
      expect(contrast(CLASS_LOOKS[a].fill, CLASS_LOOKS[b].fill), `${a}/${b}`).toBeGreaterThanOrEqual(3);
    }
  });

  it("draws marks at least 3:1 against their base, and an outline visible on white and on the plain class", () => {
    for (const cls of PARTICIPATION_CLASSES) {
      const { fill, mark } = CLASS_LOOKS[cls];
      if (mark) expect(contrast(fill, mark.color), cls).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(OUTLINE, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(contrast(OUTLINE, CLASS_LOOKS.notInvited.fill)).toBeGreaterThanOrEqual(3);
  });

  it("gives each class its own fill and its own texture", () => {
    const fills = PARTICIPATION_CLASSES.map((c) => CLASS_LOOKS[c].fill);
    expect(new Set(fills).size).toBe(PARTICIPATION_CLASSES.length);
    // Solid dark and plain light are textures too: told apart by lightness at 3:1+ (above).
    const textures = PARTICIPATION_CLASSES.map((c) => CLASS_LOOKS[c].mark?.kind ?? (luminance(CLASS_LOOKS[c].fill) < 0.2 ? "solid-dark" : "plain-light"));
    expect(new Set(textures).size).toBe(PARTICIPATION_CLASSES.length);
  });
});
