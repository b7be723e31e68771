import { describe, expect, it } from "vitest";
import { formatDateTime, formatDateTimeRange, joinParts } from "./format";

const at = new Date("2026-12-01T06:39:00Z");

describe("dates and times name their zone", () => {
  it("says which clock, in the reader's language: the venue's by its name, UTC as UTC", () => {
    expect(formatDateTime("en", at, "Asia/Shanghai").replace(/\s/g, " ")).toBe("Dec 1, 2026, 2:39 PM China Standard Time");
    expect(formatDateTime("en", at).replace(/\s/g, " ")).toBe("Dec 1, 2026, 6:39 AM UTC");
    expect(formatDateTime("fr", at, "Asia/Shanghai")).toContain("14:39 heure normale de la Chine");
    expect(formatDateTime("ar", at, "Asia/Shanghai")).toContain("توقيت الصين");
    for (const locale of ["en", "ar", "zh", "fr", "ru", "es"]) expect(formatDateTime(locale, at)).toContain("UTC");
  });

  it("writes a span on one clock once", () => {
    const text = formatDateTimeRange("en", new Date("2027-11-09T01:00:00Z"), new Date("2027-11-09T02:00:00Z"), "Asia/Shanghai");
    expect(text.replace(/\s/g, " ")).toBe("Nov 9, 2027, 9:00 – 10:00 AM China Standard Time");
  });

  it("joins a place's parts with the script's own comma", () => {
    expect(joinParts("en", ["Main Hall", null, "Beijing"])).toBe("Main Hall, Beijing");
    expect(joinParts("ar", ["القاعة الرئيسية", "بكين"])).toBe("القاعة الرئيسية، بكين");
    expect(joinParts("zh", ["主会场", "北京"])).toBe("主会场，北京");
  });
});
