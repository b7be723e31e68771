// The demo edition's calendar file, read by ical.js as a calendar client would: every event
// — the edition and each programme session — at the same UTC instant as the database holds,
// with one VTIMEZONE per zone used (a TZID without it puts Beijing's 09:00 at 09:00 UTC).
import ICAL from "ical.js";
import { expect, test } from "@playwright/test";
import { queryOne } from "./support/db";

const SLUG = "joint-response-to-terrorism";

for (const number of [1, 2]) {
  test(`edition ${number}'s .ics gives the database's instants, sessions included`, async ({ request }) => {
    // Other spec files edit the demo programme at the same time: the file and the database
    // are compared again (a few times) until both were read between two such edits.
    await expect(async () => {
      const res = await request.get(`/en/series/${SLUG}/${number}/calendar.ics`);
      expect(res.status()).toBe(200);
      const text = await res.text();
      const cal = new ICAL.Component(ICAL.parse(text));
      const zones = cal.getAllSubcomponents("vtimezone");
      for (const tz of zones) ICAL.TimezoneService.register(tz);
      const tzids = new Set(zones.map((z) => z.getFirstPropertyValue("tzid")));
      expect(zones).toHaveLength(tzids.size);

      const db = await queryOne<{ edition: { id: string; startsAt: string; endsAt: string; timeZone: string }; sessions: { id: string; startsAt: string; endsAt: string }[] }>(
        `SELECT json_build_object('id', e.id, 'startsAt', e."startsAt", 'endsAt', e."endsAt", 'timeZone', e."timeZone") AS edition,
                COALESCE((SELECT json_agg(json_build_object('id', s.id, 'startsAt', s."startsAt", 'endsAt', s."endsAt")) FROM "ProgrammeSession" s WHERE s."editionId" = e.id), '[]') AS sessions
           FROM "Edition" e JOIN "Series" r ON r.id = e."seriesId" WHERE r.slug = $1 AND e.number = $2`,
        [SLUG, number],
      );
      const utc = (iso: string) => new Date(`${iso}Z`.replace(/Z+$/, "Z")).toISOString();
      const events = new Map(cal.getAllSubcomponents("vevent").map((v) => { const e = new ICAL.Event(v); return [e.uid, e] as const; }));
      expect(events.size).toBe(1 + db.sessions.length);
      const expected = [
        { uid: `edition-${db.edition.id}@plenary`, startsAt: db.edition.startsAt, endsAt: db.edition.endsAt },
        ...db.sessions.map((s) => ({ uid: `session-${s.id}@plenary`, startsAt: s.startsAt, endsAt: s.endsAt })),
      ];
      for (const x of expected) {
        const e = events.get(x.uid);
        expect(e, x.uid).toBeTruthy();
        expect(e!.startDate.zone.tzid).toBe(db.edition.timeZone);
        expect(tzids.has(db.edition.timeZone)).toBe(true);
        expect(e!.startDate.toJSDate().toISOString(), `${x.uid} start`).toBe(utc(x.startsAt));
        expect(e!.endDate.toJSDate().toISOString(), `${x.uid} end`).toBe(utc(x.endsAt));
      }
    }).toPass({ intervals: [500, 1000, 2000], timeout: 20_000 });
  });
}
