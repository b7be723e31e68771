import { describe, expect, it } from "vitest";
import { isTimeZone, TIME_ZONES, utcToZonedLocal, zonedLocalToUtc } from "./time-zones";

describe("time zones", () => {
  it("offers UTC first, so a new series does not default to the first zone of the alphabet", () => {
    expect(TIME_ZONES[0]).toBe("UTC");
    expect(TIME_ZONES.filter((z) => z === "UTC")).toHaveLength(1);
    expect(TIME_ZONES).toContain("Asia/Shanghai");
  });

  it("knows IANA zones and refuses others", () => {
    expect(isTimeZone("Asia/Shanghai")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });

  it("turns a wall-clock time in a zone into the right instant, both ways", () => {
    expect(zonedLocalToUtc("2027-11-09T09:00", "Asia/Shanghai").toISOString()).toBe("2027-11-09T01:00:00.000Z");
    expect(zonedLocalToUtc("2027-07-01T09:00", "Europe/Paris").toISOString()).toBe("2027-07-01T07:00:00.000Z");
    expect(zonedLocalToUtc("2027-01-15T09:00", "Europe/Paris").toISOString()).toBe("2027-01-15T08:00:00.000Z");
    expect(utcToZonedLocal(new Date("2027-11-09T01:00:00Z"), "Asia/Shanghai")).toBe("2027-11-09T09:00");
  });
});
