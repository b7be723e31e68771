import { describe, expect, it } from "vitest";
import { editionInput } from "./schema";
import { seriesInput } from "@/lib/series/schema";

const valid = {
  seriesId: "s1", number: "2", theme: { en: "Theme", ar: "" }, venue: { en: "" }, city: "Beijing", timeZone: "Asia/Shanghai",
  startsAt: "2027-11-09T09:00", endsAt: "2027-11-10T17:30", capacity: "150", registrationOpensAt: "", registrationClosesAt: "",
};
const errorsOf = (input: unknown) => {
  const r = editionInput.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("edition input", () => {
  it("accepts a complete edition and drops empty translations", () => {
    const r = editionInput.parse(valid);
    expect(r.theme).toEqual({ en: "Theme" });
    expect(r.capacity).toBe(150);
    expect(r.registrationOpensAt).toBeNull();
  });

  it("refuses an end before the start", () => {
    expect(errorsOf({ ...valid, endsAt: "2027-11-08T09:00" })).toEqual({ endsAt: "endBeforeStart" });
  });

  it("refuses an unknown time zone", () => {
    expect(errorsOf({ ...valid, timeZone: "Asia/Atlantis" })).toEqual({ timeZone: "timeZone" });
  });

  it("refuses a 10,000-character theme", () => {
    expect(errorsOf({ ...valid, theme: { en: "x".repeat(10_000) } })).toEqual({ "theme.en": "tooLong" });
  });

  it("refuses a missing English theme, a bad number and a negative capacity", () => {
    expect(errorsOf({ ...valid, theme: { fr: "Thème" }, number: "0", capacity: "-5" })).toEqual({ "theme.en": "required", number: "outOfRange", capacity: "outOfRange" });
  });
});

describe("series input", () => {
  const series = {
    slug: "joint-seminar", name: { en: "Joint seminar" }, description: {}, hostName: { en: "CIIS" }, hostUrl: "", defaultTimeZone: "Asia/Shanghai",
    recurrence: "YEARLY", recurrenceInterval: "1", byMonth: "11", byWeekday: "2", bySetPos: "2", byMonthDay: "",
  };
  it("accepts a yearly rule on the second Tuesday of November", () => {
    expect(seriesInput.parse(series)).toMatchObject({ byMonth: 11, byWeekday: 2, bySetPos: 2, byMonthDay: null, hostUrl: null });
  });
  it("refuses a bad slug and a weekday without its week", () => {
    const r = seriesInput.safeParse({ ...series, slug: "Bad Slug!", bySetPos: "" });
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual(["slug:slug", "bySetPos:weekdayNeedsPosition"]);
  });
});
