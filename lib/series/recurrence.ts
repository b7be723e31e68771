// When the next edition falls: "every year, on the second Tuesday of November",
// "every 6 months, on the 15th". Pure date arithmetic on local calendar dates.
export type Frequency = "NONE" | "YEARLY" | "MONTHLY";

export interface RecurrenceRule {
  recurrence: Frequency;
  recurrenceInterval: number;
  byMonth: number | null; // 1-12
  byWeekday: number | null; // 0 = Sunday … 6 = Saturday
  bySetPos: number | null; // 1-5, or -1 for the last
  byMonthDay: number | null; // 1-31
}

export interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The n-th (1-5, or -1 = last) given weekday of a month; a missing 5th gives the last. */
export function nthWeekday(year: number, month: number, weekday: number, pos: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const firstHit = 1 + ((weekday - first + 7) % 7);
  const last = daysInMonth(year, month);
  const lastHit = firstHit + 7 * Math.floor((last - firstHit) / 7);
  if (pos === -1) return lastHit;
  const day = firstHit + 7 * (pos - 1);
  return day > last ? lastHit : day;
}

/** The date of the occurrence after `previous` (the last edition's first day). */
export function nextOccurrence(rule: RecurrenceRule, previous: LocalDate): LocalDate {
  const step = Math.max(1, rule.recurrenceInterval);
  let year = previous.year;
  let month = previous.month;
  if (rule.recurrence === "MONTHLY") {
    const index = previous.year * 12 + (previous.month - 1) + step;
    year = Math.floor(index / 12);
    month = (index % 12) + 1;
  } else {
    year = previous.year + (rule.recurrence === "YEARLY" ? step : 1);
    month = rule.byMonth ?? previous.month;
  }
  let day: number;
  if (rule.byWeekday !== null && rule.bySetPos !== null) day = nthWeekday(year, month, rule.byWeekday, rule.bySetPos);
  else day = Math.min(rule.byMonthDay ?? previous.day, daysInMonth(year, month));
  return { year, month, day };
}
