import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { editionsCalendar } from "./ical";

describe("iCalendar export", () => {
  const text = editionsCalendar({
    name: "Seminar",
    locale: "en",
    baseUrl: "https://plenary.example.org",
    seriesSlug: "joint",
    titleOf: (n) => `Edition ${n}`,
    editions: [
      {
        id: "e2", number: 2, theme: { en: "Theme two" }, venue: { en: "CIIS" }, city: "Beijing", startsAt: new Date("2027-11-09T01:00:00Z"), endsAt: new Date("2027-11-10T09:30:00Z"), timeZone: "Asia/Shanghai", status: "ANNOUNCED",
        sessions: [
          { id: "s1", title: { en: "Opening" }, startsAt: new Date("2027-11-09T01:30:00Z"), endsAt: new Date("2027-11-09T02:00:00Z"), room: "Main Hall", speakers: [{ speaker: { name: "Wang Lin" } }] },
          { id: "s2", title: { en: "Panel" }, startsAt: new Date("2027-11-10T06:00:00Z"), endsAt: new Date("2027-11-10T07:30:00Z"), room: null },
        ],
      },
      { id: "e3", number: 3, theme: { en: "Theme three" }, venue: null, city: "Paris", startsAt: new Date("2028-07-04T07:00:00Z"), endsAt: new Date("2028-07-04T15:00:00Z"), timeZone: "Europe/Paris", status: "DRAFT" },
      { id: "e4", number: 4, theme: { en: "No dates" }, venue: null, city: null, startsAt: null, endsAt: null, timeZone: "UTC", status: "DRAFT" },
    ],
  });

  it("parses with ical.js and gives the right instants in UTC", () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    for (const tz of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(4);
    const [beijing, opening, panel, paris] = events;
    expect(beijing.summary).toBe("Edition 2");
    expect(beijing.startDate.zone.tzid).toBe("Asia/Shanghai");
    expect(beijing.startDate.toJSDate().toISOString()).toBe("2027-11-09T01:00:00.000Z");
    expect(beijing.endDate.toJSDate().toISOString()).toBe("2027-11-10T09:30:00.000Z");
    expect(beijing.location).toBe("CIIS, Beijing");
    expect(paris.startDate.toJSDate().toISOString()).toBe("2028-07-04T07:00:00.000Z");
    // Each programme session is its own event, at its own instant, in the edition's zone.
    expect([opening.summary, opening.startDate.toJSDate().toISOString(), opening.endDate.toJSDate().toISOString()]).toEqual(["Opening", "2027-11-09T01:30:00.000Z", "2027-11-09T02:00:00.000Z"]);
    expect(opening.startDate.zone.tzid).toBe("Asia/Shanghai");
    expect(opening.location).toBe("Main Hall, CIIS, Beijing");
    expect(opening.description).toBe("Wang Lin");
    expect([panel.summary, panel.startDate.toJSDate().toISOString()]).toEqual(["Panel", "2027-11-10T06:00:00.000Z"]);
  });

  it("has one VTIMEZONE per zone used, however many events use it", () => {
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
  });

  it("states each time zone with its own VTIMEZONE and local wall-clock times", () => {
    expect(text).toContain("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai");
    expect(text).toContain("TZID:Europe/Paris");
    expect(text).toMatch(/DTSTART;TZID=Asia\/Shanghai:20271109T090000/);
  });
});
