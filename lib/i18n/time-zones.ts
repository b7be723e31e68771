// IANA time zones and wall-clock times in them.
import { TZDate } from "@date-fns/tz";
import { z } from "zod";

export function isTimeZone(tz: string): boolean {
  if (!tz || tz.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Every IANA zone, UTC first: ICU leaves "UTC" out of its list, and a select without it showed Africa/Abidjan. */
export const TIME_ZONES: readonly string[] = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2027-11-09T09:00" on the wall clock of `timeZone` → the UTC instant. */
export function zonedLocalToUtc(local: string, timeZone: string): Date {
  const m = LOCAL.exec(local);
  if (!m) throw new Error(`not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = m.map(Number);
  return new Date(new TZDate(y, mo - 1, d, h, mi, 0, timeZone).getTime());
}

/** The UTC instant → "2027-11-09T09:00" on the wall clock of `timeZone` (for form inputs). */
export function utcToZonedLocal(at: Date, timeZone: string): string {
  const z = new TZDate(at.getTime(), timeZone);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${z.getFullYear()}-${p(z.getMonth() + 1)}-${p(z.getDate())}T${p(z.getHours())}:${p(z.getMinutes())}`;
}

export function isLocalDateTime(s: string): boolean {
  return LOCAL.test(s);
}

/** A required wall-clock date-time field ("2027-11-09T09:00"). */
export const localDateTime = z.string({ error: "required" }).trim().min(1, "required").refine(isLocalDateTime, "dateTime");
/** An optional one: empty becomes null. */
export const optionalLocalDateTime = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || isLocalDateTime(v), "dateTime")
  .transform((v) => v || null);
