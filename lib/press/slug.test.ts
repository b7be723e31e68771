import { describe, expect, it } from "vitest";
import { slugFromTitle, SLUG_SHAPE } from "./slug";

describe("a release's address from its headline", () => {
  it("reads in Latin letters whatever the script", () => {
    expect(slugFromTitle("CIIS holds the 2nd International Seminar")).toBe("ciis-holds-the-2nd-international-seminar");
    expect(slugFromTitle("Séminaire à Pékin : l’ouverture")).toBe("seminaire-a-pekin-louverture");
    expect(slugFromTitle("Институт проводит семинар")).toBe("institut-provodit-seminar");
    expect(slugFromTitle("中国国际问题研究院举办研讨会")).toBe("zhong-guo-guo-ji-wen-ti-yan-jiu-yuan-ju-ban-yan-tao-hui");
    const arabic = slugFromTitle("المعهد الصيني يستضيف الندوة الدولية");
    expect(arabic).toMatch(SLUG_SHAPE);
    expect(arabic.split("-")).toHaveLength(5);
  });

  it("cuts a long headline at a word", () => {
    const s = slugFromTitle("China Institute of International Studies (CIIS) holds the 1st International Seminar on Joint Response");
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s).toBe("china-institute-of-international-studies-ciis-holds-the-1st-international");
  });

  it("is always a valid, bounded address", () => {
    for (const t of ["", "!!!", "x".repeat(500), "<script>alert(1)</script>", "٢٠٢٦"]) {
      const s = slugFromTitle(t);
      expect(s, t).toMatch(SLUG_SHAPE);
      expect(s.length, t).toBeLessThanOrEqual(80);
    }
  });
});
