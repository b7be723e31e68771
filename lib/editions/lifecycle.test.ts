import { describe, expect, it } from "vitest";
import { transitionProblem, TRANSITIONS } from "./lifecycle";

const base = { startsAt: new Date("2030-11-12T01:00:00Z"), endsAt: new Date("2030-11-13T09:00:00Z"), capacity: 100 };

describe("edition lifecycle", () => {
  it("walks the whole way from draft to archived", () => {
    const path = ["DRAFT", "ANNOUNCED", "REGISTRATION_OPEN", "REGISTRATION_CLOSED", "HELD", "ARCHIVED"] as const;
    for (let i = 0; i < path.length - 1; i++) {
      expect(transitionProblem({ ...base, status: path[i] }, path[i + 1], new Date("2031-01-01"))).toBeNull();
    }
  });

  it("refuses skipping steps and leaving an end state", () => {
    expect(transitionProblem({ ...base, status: "DRAFT" }, "REGISTRATION_OPEN")).toBe("INVALID_TRANSITION");
    expect(transitionProblem({ ...base, status: "DRAFT" }, "HELD")).toBe("INVALID_TRANSITION");
    expect(TRANSITIONS.ARCHIVED).toEqual([]);
    expect(transitionProblem({ ...base, status: "CANCELLED" }, "DRAFT")).toBe("INVALID_TRANSITION");
  });

  it("cannot open registration without dates and capacity", () => {
    expect(transitionProblem({ ...base, capacity: null, status: "ANNOUNCED" }, "REGISTRATION_OPEN")).toBe("NEEDS_DATES_AND_CAPACITY");
    expect(transitionProblem({ ...base, startsAt: null, endsAt: null, status: "DRAFT" }, "ANNOUNCED")).toBe("NEEDS_DATES");
  });

  it("cannot be marked held before it starts", () => {
    expect(transitionProblem({ ...base, status: "REGISTRATION_CLOSED" }, "HELD", new Date("2030-01-01"))).toBe("NOT_STARTED_YET");
  });
});
