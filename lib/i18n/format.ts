// Dates in an edition's own time zone, localized.
export function formatDateRange(locale: string, start: Date | null, end: Date | null, timeZone: string): string {
  if (!start) return "";
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone });
  return end ? fmt.formatRange(start, end) : fmt.format(start);
}

/**
 * One rule for every moment shown: the seminar's own times — an edition's dates, its
 * programme, its deadlines, the publication of its press releases, its letters — in the
 * edition's time zone (the venue's); the back office's times — history, versions, the
 * outbox — in UTC. Either way the zone is named, in the reader's language ("China Standard
 * Time", "UTC"), so one moment never shows as two unlabelled clocks.
 */
export function formatDateTime(locale: string, at: Date, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(locale, { ...MOMENT, timeZone, timeZoneName: zoneStyle(timeZone) }).format(at);
}

/** A span of time on one clock ("Nov 9, 2027, 9:00 – 10:00 AM China Standard Time"), by the same rule. */
export function formatDateTimeRange(locale: string, start: Date, end: Date, timeZone: string): string {
  // ICU shortens the zone of a range to an offset ("GMT+8"): the zone is named as for one moment.
  const zone = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: zoneStyle(timeZone) }).formatToParts(start).find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  return `${new Intl.DateTimeFormat(locale, { ...MOMENT, timeZone }).formatRange(start, end)} ${zone}`;
}

const MOMENT = { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" } as const;
const zoneStyle = (timeZone: string) => (timeZone === "UTC" ? "short" : "long");

/** Parts of an address or a place in the reader's script: "Main Hall، بكين" in Arabic, "主会场，北京" in Chinese. */
export function joinParts(locale: string, parts: (string | null | undefined)[]): string {
  const separator = locale === "ar" ? "، " : locale === "zh" ? "，" : ", ";
  return parts.filter(Boolean).join(separator);
}

export function formatNumber(locale: string, n: number): string {
  return new Intl.NumberFormat(locale).format(n);
}
