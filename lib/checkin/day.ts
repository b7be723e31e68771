// The day of an arrival: the calendar day at the venue (the edition's time zone), so that
// "one arrival per registration per day" follows the seminar's clock, not UTC's.

/** "YYYY-MM-DD" of an instant in a time zone. */
export function dayIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/** A desk's clock may be wrong: a scan time in the future, or days old, is taken as now. */
export function trustedScanTime(scannedAt: Date, now: Date): Date {
  const ms = scannedAt.getTime();
  if (!Number.isFinite(ms) || ms > now.getTime() + 5 * 60_000 || ms < now.getTime() - 3 * 24 * 3600_000) return now;
  return scannedAt;
}
