// Dates in an edition's own time zone, localized.
export function formatDateRange(locale: string, start: Date | null, end: Date | null, timeZone: string): string {
  if (!start) return "";
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone });
  return end ? fmt.formatRange(start, end) : fmt.format(start);
}

export function formatDateTime(locale: string, at: Date, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(at);
}

export function formatNumber(locale: string, n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}
