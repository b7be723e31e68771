import { describe, expect, it } from "vitest";
import { nextOccurrence, nthWeekday, type RecurrenceRule } from "./recurrence";

const yearly: RecurrenceRule = { recurrence: "YEARLY", recurrenceInterval: 1, byMonth: 11, byWeekday: 2, bySetPos: 2, byMonthDay: null };

describe("recurrence", () => {
  it("finds the n-th weekday of a month", () => {
    expect(nthWeekday(2027, 11, 2, 2)).toBe(9); // second Tuesday of November 2027
    expect(nthWeekday(2028, 11, 2, 2)).toBe(14);
    expect(nthWeekday(2027, 2, 1, -1)).toBe(22); // last Monday of February 2027
    expect(nthWeekday(2027, 2, 1, 5)).toBe(22); // no fifth Monday: the last one
  });

  it("gives next year's second Tuesday of November", () => {
    expect(nextOccurrence(yearly, { year: 2027, month: 11, day: 9 })).toEqual({ year: 2028, month: 11, day: 14 });
    expect(nextOccurrence({ ...yearly, recurrenceInterval: 2 }, { year: 2027, month: 11, day: 9 })).toEqual({ year: 2029, month: 11, day: 13 });
  });

  it("steps months, across the year's end, and clamps the day", () => {
    const monthly: RecurrenceRule = { recurrence: "MONTHLY", recurrenceInterval: 6, byMonth: null, byWeekday: null, bySetPos: null, byMonthDay: 31 };
    expect(nextOccurrence(monthly, { year: 2027, month: 9, day: 30 })).toEqual({ year: 2028, month: 3, day: 31 });
    expect(nextOccurrence({ ...monthly, recurrenceInterval: 5 }, { year: 2027, month: 9, day: 30 })).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it("keeps the same day a year later without a rule", () => {
    const none: RecurrenceRule = { recurrence: "NONE", recurrenceInterval: 1, byMonth: null, byWeekday: null, bySetPos: null, byMonthDay: null };
    expect(nextOccurrence(none, { year: 2020, month: 11, day: 24 })).toEqual({ year: 2021, month: 11, day: 24 });
  });
});
