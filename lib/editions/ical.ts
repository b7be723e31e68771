// iCalendar (RFC 5545) for editions, with each edition in its own time zone (VTIMEZONE).
import ical from "ical-generator";
import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { pickLocalized } from "@/lib/i18n/config";

export interface CalendarEdition {
  id: string;
  number: number;
  theme: unknown;
  venue: unknown;
  city: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string;
  status: string;
  updatedAt?: Date;
  /** The programme, each session its own event (in the edition's own file). */
  sessions?: CalendarSession[];
}

export interface CalendarSession {
  id: string;
  title: unknown;
  startsAt: Date;
  endsAt: Date;
  room: string | null;
  speakers?: { speaker: { name: string } }[];
}

export function editionsCalendar(opts: { name: string; locale: string; baseUrl: string; seriesSlug: string; titleOf: (number: number) => string; editions: CalendarEdition[] }): string {
  const cal = ical({
    name: opts.name,
    prodId: { company: "Plenary", product: "Plenary", language: opts.locale.toUpperCase() },
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const e of opts.editions) {
    if (!e.startsAt || !e.endsAt) continue;
    const venue = [pickLocalized(e.venue, opts.locale), e.city].filter(Boolean).join(", ");
    cal.createEvent({
      id: `edition-${e.id}@plenary`,
      // Zoned dates, so that DTSTART/DTEND carry the venue's wall-clock time with its TZID.
      start: new TZDate(e.startsAt.getTime(), e.timeZone),
      end: new TZDate(e.endsAt.getTime(), e.timeZone),
      timezone: e.timeZone,
      stamp: e.updatedAt ?? new Date(0),
      summary: opts.titleOf(e.number),
      description: pickLocalized(e.theme, opts.locale),
      location: venue || undefined,
      url: `${opts.baseUrl}/${opts.locale}/series/${opts.seriesSlug}/${e.number}`,
      status: e.status === "CANCELLED" ? ("CANCELLED" as never) : ("CONFIRMED" as never),
    });
    for (const s of e.sessions ?? []) {
      const people = (s.speakers ?? []).map((p) => p.speaker.name).join(", ");
      cal.createEvent({
        id: `session-${s.id}@plenary`,
        start: new TZDate(s.startsAt.getTime(), e.timeZone),
        end: new TZDate(s.endsAt.getTime(), e.timeZone),
        timezone: e.timeZone,
        stamp: e.updatedAt ?? new Date(0),
        summary: pickLocalized(s.title, opts.locale),
        description: people || undefined,
        location: [s.room, venue].filter(Boolean).join(", ") || undefined,
        url: `${opts.baseUrl}/${opts.locale}/series/${opts.seriesSlug}/${e.number}`,
        status: e.status === "CANCELLED" ? ("CANCELLED" as never) : ("CONFIRMED" as never),
      });
    }
  }
  return cal.toString();
}
