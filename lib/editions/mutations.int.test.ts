// Editions against a real PostgreSQL: authorization per role, refused input that saves
// nothing, a lifecycle race settled by a row lock, and planning the next edition.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/access/policy";
import type { Role } from "@/lib/generated/prisma/enums";
import { COUNTRIES } from "@/prisma/data/countries";
import { createEdition, createPlannedEdition, transitionEdition } from "./mutations";
import { proposeNextEdition } from "./data";
import { editionInput } from "./schema";
import { createSeries } from "@/lib/series/mutations";
import { seriesInput } from "@/lib/series/schema";
import { saveSession } from "@/lib/programme/mutations";
import { sessionInput } from "@/lib/programme/schema";

const db = getDb();
const actors = {} as Record<Role, Actor>;
let seriesId: string;

const editionForm = (over: Record<string, unknown> = {}) =>
  editionInput.parse({
    seriesId, number: "1", theme: { en: "Countering terrorism together" }, venue: { en: "CIIS" }, city: "Beijing", timeZone: "Asia/Shanghai",
    startsAt: "2027-11-09T09:00", endsAt: "2027-11-10T17:30", capacity: "150", registrationOpensAt: "", registrationClosesAt: "", ...over,
  });

beforeAll(async () => {
  await db.country.createMany({ data: COUNTRIES.map((c) => ({ code: c.alpha2, alpha3: c.alpha3, numeric: c.numeric, unStatus: c.unStatus, nameEn: c.nameEn })), skipDuplicates: true });
  for (const role of ["ORGANIZER", "REVIEWER", "PRESS_OFFICER", "FOCAL_POINT", "DELEGATE"] as Role[]) {
    const u = await db.user.create({ data: { email: `${role.toLowerCase()}.${randomBytes(3).toString("hex")}@example.org`, role } });
    actors[role] = { id: u.id, email: u.email, name: null, role, countryCode: null };
  }
  const s = await createSeries({
    actor: actors.ORGANIZER,
    input: seriesInput.parse({
      slug: `series-${randomBytes(3).toString("hex")}`, name: { en: "Seminar" }, description: {}, hostName: { en: "CIIS" }, hostUrl: "",
      defaultTimeZone: "Asia/Shanghai", recurrence: "YEARLY", recurrenceInterval: "1", byMonth: "11", byWeekday: "2", bySetPos: "2", byMonthDay: "",
    }),
  });
  if (!s.ok) throw new Error(s.reason);
  seriesId = s.data.id;
});
afterAll(() => db.$disconnect());

describe("editions", () => {
  it("only organizers create, change and move editions", async () => {
    for (const role of ["REVIEWER", "PRESS_OFFICER", "FOCAL_POINT", "DELEGATE"] as Role[]) {
      await expect(createEdition({ actor: actors[role], input: editionForm({ number: "90" }) }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(transitionEdition({ actor: actors[role], id: "x", to: "ANNOUNCED" }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(saveSession({ actor: actors[role], input: sessionInput.parse({ editionId: "x", title: { en: "T" }, startsAt: "2027-11-09T09:00", endsAt: "2027-11-09T10:00" }) }), role).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.edition.count({ where: { number: 90 } })).toBe(0);
  });

  it("refuses a duplicate number next to the field and saves nothing", async () => {
    const first = await createEdition({ actor: actors.ORGANIZER, input: editionForm({ number: "5" }) });
    expect(first.ok).toBe(true);
    const audits = await db.auditLog.count();
    const again = await createEdition({ actor: actors.ORGANIZER, input: editionForm({ number: "5", theme: { en: "Other" } }) });
    expect(again).toEqual({ ok: false, reason: "INVALID_INPUT", fieldErrors: { number: ["numberTaken"] } });
    expect(await db.edition.count({ where: { seriesId, number: 5 } })).toBe(1);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("stores wall-clock times of the venue as UTC instants", async () => {
    const r = await createEdition({ actor: actors.ORGANIZER, input: editionForm({ number: "6" }) });
    if (!r.ok) throw new Error(r.reason);
    const e = await db.edition.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(e.startsAt?.toISOString()).toBe("2027-11-09T01:00:00.000Z");
  });

  it("lets exactly one of two racing organizers open registration", async () => {
    const r = await createEdition({ actor: actors.ORGANIZER, input: editionForm({ number: "7" }) });
    if (!r.ok) throw new Error(r.reason);
    expect((await transitionEdition({ actor: actors.ORGANIZER, id: r.data.id, to: "ANNOUNCED" })).ok).toBe(true);
    const results = await Promise.all([0, 1, 2].map(() => transitionEdition({ actor: actors.ORGANIZER, id: r.data.id, to: "REGISTRATION_OPEN" })));
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    expect(results.filter((x) => !x.ok).map((x) => !x.ok && x.reason)).toEqual(["INVALID_TRANSITION", "INVALID_TRANSITION"]);
    expect(await db.auditLog.count({ where: { entityId: r.data.id, action: "edition.transition" } })).toBe(2);
  });

  it("refuses an illegal transition and records nothing", async () => {
    const r = await createEdition({ actor: actors.ORGANIZER, input: editionForm({ number: "8", capacity: "" }) });
    if (!r.ok) throw new Error(r.reason);
    expect(await transitionEdition({ actor: actors.ORGANIZER, id: r.data.id, to: "HELD" })).toEqual({ ok: false, reason: "INVALID_TRANSITION" });
    await transitionEdition({ actor: actors.ORGANIZER, id: r.data.id, to: "ANNOUNCED" });
    expect(await transitionEdition({ actor: actors.ORGANIZER, id: r.data.id, to: "REGISTRATION_OPEN" })).toEqual({ ok: false, reason: "NEEDS_DATES_AND_CAPACITY" });
    expect((await db.edition.findUniqueOrThrow({ where: { id: r.data.id } })).status).toBe("ANNOUNCED");
  });

  it("plans the next edition at the next date of the rule, with its countries and programme", async () => {
    const r = await createEdition({ actor: actors.ORGANIZER, input: editionForm({ number: "10" }) });
    if (!r.ok) throw new Error(r.reason);
    await db.invitation.createMany({
      data: [
        { editionId: r.data.id, countryCode: "PK", quota: 5, token: randomBytes(32).toString("base64url"), status: "ACCEPTED", sentAt: new Date() },
        { editionId: r.data.id, countryCode: "EG", quota: 3, token: randomBytes(32).toString("base64url") },
      ],
    });
    await saveSession({ actor: actors.ORGANIZER, input: sessionInput.parse({ editionId: r.data.id, title: { en: "Opening" }, startsAt: "2027-11-09T09:30", endsAt: "2027-11-09T10:00", room: "Main Hall", chair: "Wang Lin" }) });

    const plan = await proposeNextEdition(r.data.id);
    expect(plan?.values).toMatchObject({ number: 11, startsAt: "2028-11-14T09:00", endsAt: "2028-11-15T17:30", timeZone: "Asia/Shanghai", capacity: 150 });
    const created = await createPlannedEdition({ actor: actors.ORGANIZER, fromEditionId: r.data.id, input: editionInput.parse({ ...plan!.values, number: String(plan!.values.number), capacity: "150" }) });
    if (!created.ok) throw new Error(created.reason);
    const next = await db.edition.findUniqueOrThrow({ where: { id: created.data.id }, include: { invitations: true, sessions: true } });
    expect(next.status).toBe("DRAFT");
    expect(next.invitations.map((i) => [i.countryCode, i.quota, i.status]).sort()).toEqual([["EG", 3, "NOT_SENT"], ["PK", 5, "NOT_SENT"]]);
    const oldTokens = (await db.invitation.findMany({ where: { editionId: r.data.id } })).map((i) => i.token);
    for (const i of next.invitations) expect(oldTokens).not.toContain(i.token);
    expect(next.sessions.map((s) => s.startsAt.toISOString())).toEqual(["2028-11-14T01:30:00.000Z"]);
  });
});
