import { describe, expect, it } from "vitest";
import { draftFromTemplate, templateStage, type TemplateFacts } from "./template";

const facts = (over: Partial<TemplateFacts> = {}): TemplateFacts => ({
  title: "2nd International Seminar", theme: "Working together", host: "CIIS", venue: "Beijing",
  startsAt: new Date("2027-11-09T01:00:00Z"), endsAt: new Date("2027-11-10T09:00:00Z"), timeZone: "Asia/Shanghai",
  countries: 0, delegates: 0, heads: [], stage: "announcement", ...over,
});

describe("the press release template", () => {
  it("announces an edition still to come: future tense, no empty figures", () => {
    const d = draftFromTemplate("en", facts());
    const text = `${d.title}\n${d.summary}\n${d.body}`;
    expect(d.title).toBe("CIIS will hold the 2nd International Seminar");
    expect(text).toContain("will be held at Beijing");
    expect(text).not.toMatch(/was held|took part|\b0 (delegates|countries)/);
    const ar = draftFromTemplate("ar", facts());
    expect(`${ar.title}${ar.body}`).not.toContain("عُقدت");
    expect(ar.body).toContain("تُعقد");
  });

  it("names the countries that accepted before the seminar, and who took part after it", () => {
    expect(draftFromTemplate("en", facts({ countries: 12 })).body).toContain("12 countries have accepted the invitation so far.");
    const after = draftFromTemplate("en", facts({ stage: "summary", countries: 12, delegates: 40 }));
    expect(after.title).toBe("CIIS holds the 2nd International Seminar");
    expect(after.body).toContain("was held at Beijing");
    expect(after.body).toContain("40 delegates from 12 countries took part.");
    // Held, but no accredited delegate recorded: the countries only, never "0 delegates".
    const noDelegates = draftFromTemplate("en", facts({ stage: "summary", countries: 12, delegates: 0 })).body;
    expect(noDelegates).toContain("Delegations from 12 countries took part.");
    expect(noDelegates).not.toMatch(/\b0 delegates/);
    expect(draftFromTemplate("en", facts({ stage: "summary" })).body).not.toMatch(/took part/);
  });

  it("writes an announcement before the edition has been held, a summary after", () => {
    const now = new Date("2026-12-01T00:00:00Z");
    expect(templateStage({ status: "REGISTRATION_OPEN", endsAt: new Date("2027-11-10T00:00:00Z") }, now)).toBe("announcement");
    expect(templateStage({ status: "REGISTRATION_CLOSED", endsAt: new Date("2026-11-10T00:00:00Z") }, now)).toBe("summary");
    expect(templateStage({ status: "HELD", endsAt: null }, now)).toBe("summary");
    expect(templateStage({ status: "ANNOUNCED", endsAt: null }, now)).toBe("announcement");
  });
});
