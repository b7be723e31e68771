import { describe, expect, it } from "vitest";
import { dayIn, trustedScanTime } from "./day";

describe("arrival days", () => {
  it("are the venue's calendar day", () => {
    const at = new Date("2027-11-09T17:30:00Z"); // 01:30 the next morning in Beijing
    expect(dayIn("Asia/Shanghai", at)).toBe("2027-11-10");
    expect(dayIn("UTC", at)).toBe("2027-11-09");
  });

  it("take a desk's scan time unless it is in the future or days old", () => {
    const now = new Date("2027-11-09T09:00:00Z");
    expect(trustedScanTime(new Date("2027-11-09T08:10:00Z"), now)).toEqual(new Date("2027-11-09T08:10:00Z"));
    expect(trustedScanTime(new Date("2027-11-09T10:00:00Z"), now)).toEqual(now);
    expect(trustedScanTime(new Date("2027-11-01T10:00:00Z"), now)).toEqual(now);
  });
});
