// The newsroom against a real PostgreSQL: the workflow and who may move it, versions and
// outdated translations, embargo that holds until its time, and scheduled publishing that
// happens exactly once however many workers race for it.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/access/policy";
import type { Role } from "@/lib/generated/prisma/enums";
import { COUNTRIES } from "@/prisma/data/countries";
import { approveTranslation, createReleaseFromTemplate, publishDueReleases, restoreVersion, saveReleaseText, stepRelease, timeRelease } from "./mutations";
import { getPublishedRelease, listPublishedReleases, listSitemapEntries } from "./data";
import { utcToZonedLocal } from "@/lib/i18n/time-zones";

const db = getDb();
const actors = {} as Record<Role, Actor>;
let editionId: string;

beforeAll(async () => {
  await db.country.createMany({ data: COUNTRIES.map((c) => ({ code: c.alpha2, alpha3: c.alpha3, numeric: c.numeric, unStatus: c.unStatus, nameEn: c.nameEn })), skipDuplicates: true });
  for (const role of ["ORGANIZER", "REVIEWER", "PRESS_OFFICER", "FOCAL_POINT", "DELEGATE"] as Role[]) {
    const u = await db.user.create({ data: { email: `${role.toLowerCase()}.${randomBytes(3).toString("hex")}@example.org`, role } });
    actors[role] = { id: u.id, email: u.email, name: null, role, countryCode: null };
  }
  const s = await db.series.create({ data: { slug: `press-${randomBytes(3).toString("hex")}`, name: { en: "International Seminar on Cooperation" }, hostName: { en: "CIIS" } } });
  const e = await db.edition.create({
    data: { seriesId: s.id, number: 2, theme: { en: "Working together" }, venue: { en: "CIIS, Beijing" }, timeZone: "Asia/Shanghai", startsAt: new Date("2027-11-09T01:00:00Z"), endsAt: new Date("2027-11-10T09:00:00Z"), capacity: 100, status: "REGISTRATION_OPEN" },
  });
  editionId = e.id;
  const inv = await db.invitation.create({ data: { editionId, countryCode: "EG", status: "ACCEPTED", sentAt: new Date(), token: randomBytes(32).toString("base64url") } });
  await db.registration.create({
    data: { editionId, invitationId: inv.id, countryCode: "EG", givenName: "Omar", familyName: "Farouk", honorific: "Dr.", email: "omar@example.org", delegationRole: "HEAD", status: "APPROVED", consentAt: new Date(), consentVersion: "1", token: randomBytes(32).toString("base64url") },
  });
  await db.pressContact.createMany({ data: [{ email: "desk@wire.example", locale: "en" }, { email: "ar@daily.example", locale: "ar" }], skipDuplicates: true });
});
afterAll(() => db.$disconnect());

async function approvedRelease() {
  const r = await createReleaseFromTemplate({ actor: actors.PRESS_OFFICER, editionId, sourceLocale: "en" });
  if (!r.ok) throw new Error(r.reason);
  expect((await stepRelease({ actor: actors.PRESS_OFFICER, releaseId: r.data.id, step: "submit", note: null })).ok).toBe(true);
  expect((await stepRelease({ actor: actors.REVIEWER, releaseId: r.data.id, step: "approve", note: null })).ok).toBe(true);
  return r.data.id;
}

const localIn = (ms: number) => utcToZonedLocal(new Date(Date.now() + ms), "Asia/Shanghai");

describe("newsroom", () => {
  it("drafts from the template with the edition's facts", async () => {
    const r = await createReleaseFromTemplate({ actor: actors.PRESS_OFFICER, editionId, sourceLocale: "en" });
    if (!r.ok) throw new Error(r.reason);
    const text = await db.pressTranslation.findFirstOrThrow({ where: { releaseId: r.data.id } });
    expect(text.title).toBe("CIIS holds the 2nd International Seminar on Cooperation");
    expect(text.body).toContain("Working together");
    expect(text.body).toContain("1 delegate from 1 country took part.");
    expect(text.body).toContain("- Dr. Omar Farouk (Egypt)");
    expect(await db.pressReleaseVersion.count({ where: { releaseId: r.data.id } })).toBe(1);
  });

  it("lets only the right roles draft, approve, publish and withdraw", async () => {
    await expect(createReleaseFromTemplate({ actor: actors.DELEGATE, editionId, sourceLocale: "en" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createReleaseFromTemplate({ actor: actors.REVIEWER, editionId, sourceLocale: "en" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const r = await createReleaseFromTemplate({ actor: actors.PRESS_OFFICER, editionId, sourceLocale: "en" });
    if (!r.ok) throw new Error(r.reason);
    const id = r.data.id;
    await stepRelease({ actor: actors.PRESS_OFFICER, releaseId: id, step: "submit", note: null });
    await expect(stepRelease({ actor: actors.PRESS_OFFICER, releaseId: id, step: "approve", note: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(stepRelease({ actor: actors.ORGANIZER, releaseId: id, step: "approve", note: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await stepRelease({ actor: actors.PRESS_OFFICER, releaseId: id, step: "publish", note: null })).toEqual({ ok: false, reason: "INVALID_TRANSITION" });
    await stepRelease({ actor: actors.REVIEWER, releaseId: id, step: "approve", note: null });
    await expect(stepRelease({ actor: actors.FOCAL_POINT, releaseId: id, step: "publish", note: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await stepRelease({ actor: actors.PRESS_OFFICER, releaseId: id, step: "publish", note: null })).ok).toBe(true);
    await expect(stepRelease({ actor: actors.PRESS_OFFICER, releaseId: id, step: "withdraw", note: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await stepRelease({ actor: actors.REVIEWER, releaseId: id, step: "withdraw", note: "error in a name" })).ok).toBe(true);
    const steps = await db.pressTransition.findMany({ where: { releaseId: id }, orderBy: { at: "asc" } });
    expect(steps.map((s) => `${s.from}>${s.to}`)).toEqual(["DRAFT>IN_REVIEW", "IN_REVIEW>APPROVED", "APPROVED>PUBLISHED", "PUBLISHED>WITHDRAWN"]);
    expect(await getPublishedRelease((await db.pressRelease.findUniqueOrThrow({ where: { id } })).slug, "en")).toBeNull();
  });

  it("keeps every save as a version, marks translations outdated, and sends an edited approved release back to review", async () => {
    const id = await approvedRelease();
    const tr = await saveReleaseText({ actor: actors.PRESS_OFFICER, input: { releaseId: id, locale: "ar", title: "عنوان", summary: null, body: "نص" } });
    expect(tr.ok).toBe(true);
    expect((await approveTranslation({ actor: actors.REVIEWER, releaseId: id, locale: "ar" })).ok).toBe(true);

    const edit = await saveReleaseText({ actor: actors.PRESS_OFFICER, input: { releaseId: id, locale: "en", title: "New headline", summary: null, body: "New text" } });
    expect(edit).toMatchObject({ ok: true, data: { version: 2 } });
    const r = await db.pressRelease.findUniqueOrThrow({ where: { id }, include: { translations: true } });
    expect(r.status).toBe("IN_REVIEW");
    expect(r.translations.find((t) => t.locale === "ar")?.status).toBe("OUTDATED");
    expect(await approveTranslation({ actor: actors.REVIEWER, releaseId: id, locale: "ar" })).toEqual({ ok: false, reason: "TRANSLATION_OUTDATED" });

    const first = await db.pressReleaseVersion.findFirstOrThrow({ where: { releaseId: id, locale: "en", number: 1 } });
    expect((await restoreVersion({ actor: actors.PRESS_OFFICER, versionId: first.id })).ok).toBe(true);
    const restored = await db.pressTranslation.findFirstOrThrow({ where: { releaseId: id, locale: "en" } });
    expect(restored.title).toBe(first.title);
    expect(await db.pressReleaseVersion.count({ where: { releaseId: id, locale: "en" } })).toBe(3);
  });

  it("refuses a publication time in the past", async () => {
    const id = await approvedRelease();
    expect(await timeRelease({ actor: actors.PRESS_OFFICER, releaseId: id, mode: "schedule", publishAtLocal: localIn(-60_000) })).toMatchObject({ ok: false, fieldErrors: { publishAt: ["inThePast"] } });
  });

  it("keeps an embargoed release out of every public reading until its time, and sends it to the press list at once", async () => {
    const id = await approvedRelease();
    const mailsBefore = await db.outboxMessage.count({ where: { kind: "press-release" } });
    const t = await timeRelease({ actor: actors.PRESS_OFFICER, releaseId: id, mode: "embargo", publishAtLocal: localIn(3_600_000) });
    if (!t.ok) throw new Error(t.reason);
    const { slug } = await db.pressRelease.findUniqueOrThrow({ where: { id } });
    const mails = await db.outboxMessage.findMany({ where: { kind: "press-release" }, orderBy: { createdAt: "asc" }, skip: mailsBefore });
    expect(mails).toHaveLength(2);
    expect(mails[0].subject).toMatch(/^EMBARGOED until /);

    expect(await getPublishedRelease(slug, "en")).toBeNull();
    expect((await listPublishedReleases({ locale: "en" })).map((r) => r.slug)).not.toContain(slug);
    expect((await listPublishedReleases({ locale: "en", q: "Cooperation" })).map((r) => r.slug)).not.toContain(slug);
    expect((await listSitemapEntries()).releases.map((r) => r.slug)).not.toContain(slug);
    expect(await publishDueReleases()).not.toContain(id);

    // An hour later it is out, and the press list is not written to again.
    const later = new Date(Date.now() + 3_600_000 + 1000);
    expect(await publishDueReleases({ now: later })).toContain(id);
    expect(await getPublishedRelease(slug, "en", later)).not.toBeNull();
    expect(await db.outboxMessage.count({ where: { kind: "press-release" } })).toBe(mailsBefore + 2);
  });

  it("publishes a scheduled release exactly once when workers race", async () => {
    const ids = [await approvedRelease(), await approvedRelease()];
    for (const id of ids) await timeRelease({ actor: actors.PRESS_OFFICER, releaseId: id, mode: "schedule", publishAtLocal: localIn(120_000) });
    const mailsBefore = await db.outboxMessage.count({ where: { kind: "press-release" } });
    const at = new Date(Date.now() + 180_000);
    const results = await Promise.all([0, 1, 2, 3, 4].map(() => publishDueReleases({ now: at })));
    const published = results.flat().filter((id) => ids.includes(id));
    expect(published.sort()).toEqual([...ids].sort());
    expect(await db.pressTransition.count({ where: { releaseId: { in: ids }, to: "PUBLISHED" } })).toBe(2);
    expect(await db.outboxMessage.count({ where: { kind: "press-release" } })).toBe(mailsBefore + 4); // 2 releases × 2 journalists
  });
});
