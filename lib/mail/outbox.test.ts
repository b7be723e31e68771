import { describe, expect, it } from "vitest";
import { backoffMs } from "./outbox";

describe("outbox backoff", () => {
  it("doubles from 30 seconds and stops at one hour", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(20)).toBe(3_600_000);
  });
});
