// Editions against a real PostgreSQL: authorization per role, refused input that saves
// nothing, a lifecycle race settled by a row lock, and planning the next edition.
import { tokenColumns } from "@/lib/secret-token";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/access/policy";
import type { Role } from "@/lib/generated/prisma/enums";
import { COUNTRIES } from "@/prisma/data/countries";
import { createEdition, createPlannedEdition, deleteEdition, transitionEdition, updateEdition } from "./mutations";
import { PUBLIC_EDITION } from "./status";
import { getAuditTrail, proposeNextEdition } from "./data";
import { createSeries, updateSeries } from "@/lib/series/mutations";
import { deleteSession, saveSession } from "@/lib/programme/mutations";

const db = getDb();
const actors = {} as Record<Role, Actor>;
let seriesId: string;

// Each number its own year (edition 6 in 2027), so that editions of one series never share dates.
const editionForm = (over: Record<string, unknown> = {}) => {
  const year = 2021 + (Number(over.number ?? 1) || 0);
  return {
    seriesId, number: "1", theme: { en: "Countering terrorism together" }, venue: { en: "CIIS" }, city: "Beijing", timeZone: "Asia/Shanghai",
    startsAt: `${year}-11-09T09:00`, endsAt: `${year}-11-10T17:30`, capacity: "150", registrationOpensAt: "", registrationClosesAt: "", ...over,
  };
};
const seriesForm = (over: Record<string, unknown> = {}) => ({
  slug: `series-${randomBytes(3).toString("hex")}`, name: { en: "Seminar" }, description: {}, hostName: { en: "CIIS" }, hostUrl: "",
  defaultTimeZone: "Asia/Shanghai", recurrence: "YEARLY", recurrenceInterval: "1", byMonth: "11", byWeekday: "2", bySetPos: "2", byMonthDay: "", ...over,
});
const session = (editionId: string, over: Record<string, unknown> = {}) => ({ editionId, title: { en: "T" }, startsAt: "2027-11-09T09:00", endsAt: "2027-11-09T10:00", ...over });
async function created<T>(p: Promise<{ ok: true; data: T } | { ok: false; reason: string }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.reason);
  return r.data;
}

beforeAll(async () => {
  await db.country.createMany({ data: COUNTRIES.map((c) => ({ code: c.alpha2, alpha3: c.alpha3, numeric: c.numeric, unStatus: c.unStatus, nameEn: c.nameEn })), skipDuplicates: true });
  for (const role of ["ORGANIZER", "REVIEWER", "PRESS_OFFICER", "FOCAL_POINT", "DELEGATE"] as Role[]) {
    const u = await db.user.create({ data: { email: `${role.toLowerCase()}.${randomBytes(3).toString("hex")}@example.org`, role } });
    actors[role] = { id: u.id, email: u.email, name: null, role, countryCode: null };
  }
  seriesId = (await created(createSeries({ actor: actors.ORGANIZER, input: seriesForm() }))).id;
});
afterAll(() => db.$disconnect());

describe("editions", () => {
  it("only organizers create, change and move editions and their programme; refused writes change nothing", async () => {
    const e = await created(createEdition({ actor: actors.ORGANIZER, input: editionForm({ number: "89" }) }));
    const s = await created(saveSession({ actor: actors.ORGANIZER, input: session(e.id) }));
    const audits = await db.auditLog.count();
    for (const role of ["REVIEWER", "PRESS_OFFICER", "FOCAL_POINT", "DELEGATE"] as Role[]) {
      const actor = actors[role];
      expect(await createEdition({ actor, input: editionForm({ number: "90" }) }), role).toEqual({ ok: false, reason: "FORBIDDEN" });
      expect(await updateEdition({ actor, input: { ...editionForm({ number: "89", city: "Elsewhere" }), id: e.id } }), role).toEqual({ ok: false, reason: "FORBIDDEN" });
      expect(await transitionEdition({ actor, input: { id: e.id, to: "ANNOUNCED" } }), role).toEqual({ ok: false, reason: "FORBIDDEN" });
      expect(await saveSession({ actor, input: session(e.id) }), role).toEqual({ ok: false, reason: "FORBIDDEN" });
      expect(await deleteSession({ actor, input: { id: s.id } }), role).toEqual({ ok: false, reason: "FORBIDDEN" });
      expect(await createSeries({ actor, input: seriesForm() }), role).toEqual({ ok: false, reason: "FORBIDDEN" });
      expect(await updateSeries({ actor, input: { ...seriesForm(), id: seriesId } }), role).toEqual({ ok: false, reason: "FORBIDDEN" });
    }
    expect(await db.edition.count({ where: { number: 90 } })).toBe(0);
    expect(await db.edition.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({ status: "DRAFT", city: "Beijing" });
    expect(await db.programmeSession.count({ where: { editionId: e.id } })).toBe(1);
    expect(await db.auditLog.count()).toBe(audits);
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

  it("refuses bad input with field errors, whoever calls", async () => {
    const r = await createEdition({ actor: actors.ORGANIZER, input: editionForm({ number: "abc", timeZone: "Mars/Olympus", startsAt: "tomorrow" }) });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fieldErrors).toMatchObject({ number: expect.any(Array), timeZone: ["timeZone"], startsAt: ["dateTime"] });
  });

  it("clears optional fields that were emptied", async () => {
    const s = await created(createSeries({ actor: actors.ORGANIZER, input: seriesForm({ description: { en: "About the series" }, hostUrl: "https://www.ciis.org.cn" }) }));
    await created(updateSeries({ actor: actors.ORGANIZER, input: { ...seriesForm({ slug: s.slug, description: { en: "" }, hostUrl: "" }), id: s.id } }));
    expect(await db.series.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ description: null, hostUrl: null });
    const e = await created(createEdition({ actor: actors.ORGANIZER, input: editionForm({ number: "15" }) }));
    await created(updateEdition({ actor: actors.ORGANIZER, input: { ...editionForm({ number: "15", venue: { en: "" }, city: "", capacity: "" }), id: e.id } }));
    expect(await db.edition.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({ venue: null, city: null, capacity: null });
  });

  it("stores wall-clock times of the venue as UTC instants", async () => {
    const r = await created(createEdition({ actor: actors.ORGANIZER, input: editionForm({ number: "6" }) }));
    const e = await db.edition.findUniqueOrThrow({ where: { id: r.id } });
    expect(e.startsAt?.toISOString()).toBe("2027-11-09T01:00:00.000Z");
  });

  it("lets exactly one of three racing organizers open registration", async () => {
    const r = await created(createEdition({ actor: actors.ORGANIZER, input: editionForm({ number: "7" }) }));
    expect((await transitionEdition({ actor: actors.ORGANIZER, input: { id: r.id, to: "ANNOUNCED" } })).ok).toBe(true);
    const results = await Promise.all([0, 1, 2].map(() => transitionEdition({ actor: actors.ORGANIZER, input: { id: r.id, to: "REGISTRATION_OPEN" } })));
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    expect(results.filter((x) => !x.ok).map((x) => !x.ok && x.reason)).toEqual(["INVALID_TRANSITION", "INVALID_TRANSITION"]);
    expect(await db.auditLog.count({ where: { entityId: r.id, action: "edition.transition" } })).toBe(2);
  });

  it("keeps a draft cancelled before anyone saw it off the public pages; an announced one stays, marked cancelled", async () => {
    const publicNumbers = async () => (await db.edition.findMany({ where: { seriesId, ...PUBLIC_EDITION }, select: { number: true } })).map((e) => e.number).sort((a, b) => a - b);
    const before = await publicNumbers();
    const draft = await created(createEdition({ actor: actors.ORGANIZER, input: editionForm({ number: "70" }) }));
    expect(await transitionEdition({ actor: actors.ORGANIZER, input: { id: draft.id, to: "CANCELLED" } })).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { reason: ["required"] } });
    await created(transitionEdition({ actor: actors.ORGANIZER, input: { id: draft.id, to: "CANCELLED", reason: "Plans changed" } }));
    const shown = await created(createEdition({ actor: actors.ORGANIZER, input: editionForm({ number: "71" }) }));
    await created(transitionEdition({ actor: actors.ORGANIZER, input: { id: shown.id, to: "ANNOUNCED" } }));
    await created(transitionEdition({ actor: actors.ORGANIZER, input: { id: shown.id, to: "CANCELLED", reason: "The venue is closed for works." } }));
    expect(await db.edition.findUniqueOrThrow({ where: { id: shown.id } })).toMatchObject({ cancellationReason: "The venue is closed for works.", cancelledAt: expect.any(Date) });
    expect(await publicNumbers()).toEqual([...before, 71].sort((a, b) => a - b));
    // A cancelled draft can then be deleted; a once-public edition cannot.
    expect(await deleteEdition({ actor: actors.REVIEWER, input: { id: draft.id } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await deleteEdition({ actor: actors.ORGANIZER, input: { id: shown.id } })).toEqual({ ok: false, reason: "ONLY_DRAFTS_DELETED" });
    expect(await deleteEdition({ actor: actors.ORGANIZER, input: { id: draft.id } })).toMatchObject({ ok: true });
    expect(await db.edition.count({ where: { id: draft.id } })).toBe(0);
  });

  it("keeps the edition's own events in reach however busy its newsroom: history by kind, a page at a time", async () => {
    const r = await created(createEdition({ actor: actors.ORGANIZER, input: editionForm({ number: "60" }) }));
    await created(transitionEdition({ actor: actors.ORGANIZER, input: { id: r.id, to: "ANNOUNCED" } }));
    await db.auditLog.createMany({ data: Array.from({ length: 40 }, (_, i) => ({ action: "press.save", entityType: "PressRelease", entityId: `r${i}`, editionId: r.id, data: { version: i } })) });
    const all = await getAuditTrail(r.id);
    expect(all).toHaveLength(25);
    expect(all.more).toBe(true);
    expect(all.some((e) => e.action.startsWith("edition."))).toBe(false); // pushed off the first page…
    const own = await getAuditTrail(r.id, { kind: "edition" });
    expect(own.map((e) => e.action)).toEqual(["edition.transition", "edition.create"]); // …but one filter away
    const older = await getAuditTrail(r.id, { before: all.at(-1)!.id });
    expect(older.length).toBe(42 - 25);
    expect(older.more).toBe(false);
    expect(new Set([...all, ...older].map((e) => String(e.id))).size).toBe(42);
  });

  it("refuses an illegal transition and records nothing", async () => {
    const r = await created(createEdition({ actor: actors.ORGANIZER, input: editionForm({ number: "8", capacity: "" }) }));
    expect(await transitionEdition({ actor: actors.ORGANIZER, input: { id: r.id, to: "HELD" } })).toEqual({ ok: false, reason: "INVALID_TRANSITION" });
    await transitionEdition({ actor: actors.ORGANIZER, input: { id: r.id, to: "ANNOUNCED" } });
    expect(await transitionEdition({ actor: actors.ORGANIZER, input: { id: r.id, to: "REGISTRATION_OPEN" } })).toEqual({ ok: false, reason: "NEEDS_DATES_AND_CAPACITY" });
    expect((await db.edition.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("ANNOUNCED");
    expect(await transitionEdition({ actor: actors.ORGANIZER, input: { id: "no-such-edition", to: "ANNOUNCED" } })).toEqual({ ok: false, reason: "NOT_FOUND" });
  });

  it("links chairs and speakers once each, reusing people already known", async () => {
    const e = await created(createEdition({ actor: actors.ORGANIZER, input: editionForm({ number: "12" }) }));
    const people = "Li Wei; Director; CIIS\nAmina Diallo; Ambassador; Senegal\nLi Wei; Director; CIIS";
    const a = await created(saveSession({ actor: actors.ORGANIZER, input: session(e.id, { chair: "Wang Lin", speakers: people }) }));
    const b = await created(saveSession({ actor: actors.ORGANIZER, input: session(e.id, { startsAt: "2027-11-09T11:00", endsAt: "2027-11-09T12:00", speakers: "Li Wei; Director; CIIS" }) }));
    const links = await db.sessionSpeaker.findMany({ where: { sessionId: { in: [a.id, b.id] } }, include: { speaker: true }, orderBy: { sortOrder: "asc" } });
    expect(links.filter((l) => l.sessionId === a.id).map((l) => [l.speaker.name, l.role])).toEqual([["Wang Lin", "CHAIR"], ["Li Wei", "SPEAKER"], ["Amina Diallo", "SPEAKER"]]);
    const liWei = links.filter((l) => l.speaker.name === "Li Wei").map((l) => l.speakerId);
    expect(new Set(liWei).size).toBe(1);
  });

  it("plans the next edition at the next date of the rule, with its countries and programme (chairs and speakers too)", async () => {
    const own = await created(createSeries({ actor: actors.ORGANIZER, input: seriesForm() }));
    const r = await created(createEdition({ actor: actors.ORGANIZER, input: editionForm({ seriesId: own.id, number: "10", startsAt: "2027-11-09T09:00", endsAt: "2027-11-10T17:30" }) }));
    await db.invitation.createMany({
      data: [
        { editionId: r.id, countryCode: "PK", quota: 5, ...tokenColumns(), status: "ACCEPTED", sentAt: new Date(), respondedAt: new Date() },
        { editionId: r.id, countryCode: "EG", quota: 3, ...tokenColumns() },
      ],
    });
    await created(saveSession({ actor: actors.ORGANIZER, input: session(r.id, { title: { en: "Opening" }, startsAt: "2027-11-09T09:30", endsAt: "2027-11-09T10:00", room: "Main Hall", chair: "Wang Lin", speakers: "Le Yucheng; Vice Foreign Minister; China" }) }));

    const plan = await proposeNextEdition(r.id);
    expect(plan?.values).toMatchObject({ number: 11, startsAt: "2028-11-14T09:00", endsAt: "2028-11-15T17:30", timeZone: "Asia/Shanghai", capacity: 150 });
    const next = await created(createPlannedEdition({ actor: actors.ORGANIZER, input: { ...plan!.values, fromEditionId: r.id, number: String(plan!.values.number), capacity: "150" } }));
    const e = await db.edition.findUniqueOrThrow({ where: { id: next.id }, include: { invitations: true, sessions: { include: { speakers: { include: { speaker: true } } } } } });
    expect(e.status).toBe("DRAFT");
    expect(e.invitations.map((i) => [i.countryCode, i.quota, i.status]).sort()).toEqual([["EG", 3, "NOT_SENT"], ["PK", 5, "NOT_SENT"]]);
    const oldTokens = (await db.invitation.findMany({ where: { editionId: r.id } })).map((i) => i.tokenHash);
    for (const i of e.invitations) expect(oldTokens).not.toContain(i.tokenHash);
    expect(e.sessions.map((s) => s.startsAt.toISOString())).toEqual(["2028-11-14T01:30:00.000Z"]);
    expect(e.sessions[0].speakers.map((p) => [p.speaker.name, p.role]).sort()).toEqual([["Le Yucheng", "SPEAKER"], ["Wang Lin", "CHAIR"]]);

    // Planning again from the same edition: the page says which edition already follows, and the same dates are refused.
    const again = await proposeNextEdition(r.id);
    expect(again?.later).toMatchObject({ id: next.id, number: 11 });
    const twice = await createPlannedEdition({ actor: actors.ORGANIZER, input: { ...again!.values, fromEditionId: r.id, number: String(again!.values.number), capacity: "150" } });
    expect(twice).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { startsAt: ["datesTaken"] } });
    expect(await db.edition.count({ where: { seriesId: e.seriesId, startsAt: e.startsAt } })).toBe(1);
  });
});
