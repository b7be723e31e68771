// The newsroom against a real PostgreSQL: the workflow and who may move it, versions and
// outdated translations, embargo that holds until its time, and scheduled publishing that
// happens exactly once however many workers race for it.
import { tokenColumns } from "@/lib/secret-token";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { SYSTEM_ACTOR, type Actor } from "@/lib/access/policy";
import type { Role } from "@/lib/generated/prisma/enums";
import { COUNTRIES } from "@/prisma/data/countries";
import { createReleaseFromTemplate, publishDueReleases, stepRelease, timeRelease, setReleaseSlug } from "./mutations";
import { approveTranslation, restoreVersion, saveReleaseText, saveCorrection, approveCorrection, discardCorrection } from "./texts/mutations";
import { currentSlugOf, getPublishedRelease, getWithdrawnRelease, listPublishedReleases, listSitemapEntries } from "./data";
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
  const inv = await db.invitation.create({ data: { editionId, countryCode: "EG", status: "ACCEPTED", sentAt: new Date(), respondedAt: new Date(), ...tokenColumns() } });
  await db.registration.create({
    data: { editionId, invitationId: inv.id, countryCode: "EG", givenName: "Omar", familyName: "Farouk", honorific: "Dr.", email: "omar@example.org", delegationRole: "HEAD", status: "APPROVED", consentAt: new Date(), consentVersion: "1", ...tokenColumns() },
  });
  await db.pressContact.createMany({ data: [{ email: "desk@wire.example", locale: "en" }, { email: "ar@daily.example", locale: "ar" }], skipDuplicates: true });
});
afterAll(() => db.$disconnect());

async function approvedRelease() {
  const r = await draft(actors.PRESS_OFFICER);
  if (!r.ok) throw new Error(r.reason);
  expect((await step(actors.PRESS_OFFICER, r.data.id, "submit")).ok).toBe(true);
  expect((await step(actors.REVIEWER, r.data.id, "approve")).ok).toBe(true);
  return r.data.id;
}

const draft = (actor: Actor) => createReleaseFromTemplate({ actor, input: { editionId, sourceLocale: "en" } });
const versionOf = async (releaseId: string, locale = "en") => (await db.pressReleaseVersion.aggregate({ where: { releaseId, locale }, _max: { number: true } }))._max.number;
/** A workflow step; approval names the version on screen, as the page does. */
const step = async (actor: Actor, releaseId: string, s: string, note = "") =>
  stepRelease({ actor, input: { releaseId, step: s, note, version: s === "approve" ? await versionOf(releaseId) : undefined } });
const approveTr = async (actor: Actor, releaseId: string, locale: string) => approveTranslation({ actor, input: { releaseId, locale, version: await versionOf(releaseId, locale) } });
async function publishDue(now?: Date): Promise<string[]> {
  const r = await publishDueReleases({ actor: SYSTEM_ACTOR, input: {}, now });
  if (!r.ok) throw new Error(r.reason);
  return r.data.map((x) => x.id);
}
const FORBIDDEN = { ok: false, reason: "FORBIDDEN" };

const localIn = (ms: number) => utcToZonedLocal(new Date(Date.now() + ms), "Asia/Shanghai");

describe("newsroom", () => {
  it("drafts from the template with the edition's facts", async () => {
    const r = await draft(actors.PRESS_OFFICER);
    if (!r.ok) throw new Error(r.reason);
    const text = await db.pressTranslation.findFirstOrThrow({ where: { releaseId: r.data.id } });
    // Edition 2 is still to come: an announcement, with the countries that accepted so far.
    expect(text.title).toBe("CIIS will hold the 2nd International Seminar on Cooperation");
    expect(text.body).toContain("Working together");
    expect(text.body).toContain("1 country has accepted the invitation so far.");
    expect(text.body).not.toContain("took part");
    expect(text.body).toContain("- Dr. Omar Farouk (Egypt)");
    expect(await db.pressReleaseVersion.count({ where: { releaseId: r.data.id } })).toBe(1);
  });

  it("lets only the right roles draft, approve, publish and withdraw", async () => {
    expect(await draft(actors.DELEGATE)).toEqual(FORBIDDEN);
    expect(await draft(actors.REVIEWER)).toEqual(FORBIDDEN);
    const r = await draft(actors.PRESS_OFFICER);
    if (!r.ok) throw new Error(r.reason);
    const id = r.data.id;
    await step(actors.PRESS_OFFICER, id, "submit");
    expect(await step(actors.PRESS_OFFICER, id, "approve")).toEqual(FORBIDDEN);
    expect(await step(actors.ORGANIZER, id, "approve")).toEqual(FORBIDDEN);
    expect(await step(actors.PRESS_OFFICER, id, "publish")).toEqual({ ok: false, reason: "INVALID_TRANSITION" });
    await step(actors.REVIEWER, id, "approve");
    expect(await step(actors.FOCAL_POINT, id, "publish")).toEqual(FORBIDDEN);
    expect((await step(actors.PRESS_OFFICER, id, "publish")).ok).toBe(true);
    expect(await step(actors.PRESS_OFFICER, id, "withdraw", "a reason")).toEqual(FORBIDDEN);
    expect((await step(actors.REVIEWER, id, "withdraw", "error in a name")).ok).toBe(true);
    const steps = await db.pressTransition.findMany({ where: { releaseId: id }, orderBy: { at: "asc" } });
    expect(steps.map((s) => `${s.from}>${s.to}`)).toEqual(["DRAFT>IN_REVIEW", "IN_REVIEW>APPROVED", "APPROVED>PUBLISHED", "PUBLISHED>WITHDRAWN"]);
    expect(await getPublishedRelease((await db.pressRelease.findUniqueOrThrow({ where: { id } })).slug, "en")).toBeNull();
  });

  it("carries a comment with each review step and emails the other side in their language", async () => {
    const r = await draft(actors.PRESS_OFFICER);
    if (!r.ok) throw new Error(r.reason);
    const id = r.data.id;
    await db.user.update({ where: { id: actors.PRESS_OFFICER.id }, data: { locale: "fr" } });
    const mailsTo = (email: string, kind = "press-review") => db.outboxMessage.findMany({ where: { toAddress: email, kind, ref: `press:${id}` } });
    expect((await step(actors.PRESS_OFFICER, id, "submit", "Ready for a look.")).ok).toBe(true);
    const toReviewer = await mailsTo(actors.REVIEWER.email);
    expect(toReviewer).toHaveLength(1);
    expect(toReviewer[0].textBody).toContain("Ready for a look.");
    expect(await mailsTo(actors.PRESS_OFFICER.email)).toHaveLength(0); // not told of their own step
    expect(await step(actors.REVIEWER, id, "requestChanges")).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { note: ["required"] } });
    expect((await step(actors.REVIEWER, id, "requestChanges", "The second paragraph names the wrong minister.")).ok).toBe(true);
    const toAuthor = await mailsTo(actors.PRESS_OFFICER.email);
    expect(toAuthor).toHaveLength(1);
    expect(toAuthor[0]).toMatchObject({ locale: "fr" });
    expect(toAuthor[0].subject).toMatch(/^Modifications demandées/);
    expect(toAuthor[0].textBody).toContain("The second paragraph names the wrong minister.");
    const thread = await db.pressTransition.findMany({ where: { releaseId: id }, orderBy: { at: "asc" }, select: { to: true, note: true } });
    expect(thread).toEqual([{ to: "IN_REVIEW", note: "Ready for a look." }, { to: "DRAFT", note: "The second paragraph names the wrong minister." }]);
    await db.user.update({ where: { id: actors.PRESS_OFFICER.id }, data: { locale: "en" } });
  });

  it("takes its address from the headline when it first leaves; a person may set it before; old addresses redirect", async () => {
    const a = await approvedRelease();
    const provisional = (await db.pressRelease.findUniqueOrThrow({ where: { id: a } })).slug;
    expect((await step(actors.PRESS_OFFICER, a, "publish")).ok).toBe(true);
    const first = await db.pressRelease.findUniqueOrThrow({ where: { id: a } });
    // From the headline (earlier tests in this file published the same one: a number may follow).
    expect(first.slug).toMatch(/^ciis-will-hold-the-2nd-international-seminar-on-cooperation(-\d+)?$/);
    expect(await currentSlugOf(provisional)).toBe(first.slug);
    expect(await setReleaseSlug({ actor: actors.PRESS_OFFICER, input: { releaseId: a, slug: "something-else" } })).toEqual({ ok: false, reason: "PUBLISHED_LOCKED" });
    // The same headline again: the address is not taken twice.
    const b = await approvedRelease();
    expect((await step(actors.PRESS_OFFICER, b, "publish")).ok).toBe(true);
    const second = (await db.pressRelease.findUniqueOrThrow({ where: { id: b } })).slug;
    expect(second).toMatch(/^ciis-will-hold-the-2nd-international-seminar-on-cooperation-\d+$/);
    expect(second).not.toBe(first.slug);
    // Set by a person before: kept, refused when taken, checked for shape.
    const c = await approvedRelease();
    expect(await setReleaseSlug({ actor: actors.PRESS_OFFICER, input: { releaseId: c, slug: first.slug } })).toMatchObject({ ok: false, fieldErrors: { slug: ["addressTaken"] } });
    expect(await setReleaseSlug({ actor: actors.PRESS_OFFICER, input: { releaseId: c, slug: "Not A Slug!" } })).toMatchObject({ ok: false, reason: "INVALID_INPUT" });
    expect(await setReleaseSlug({ actor: actors.DELEGATE, input: { releaseId: c, slug: "seminar-opens" } })).toEqual(FORBIDDEN);
    expect((await setReleaseSlug({ actor: actors.PRESS_OFFICER, input: { releaseId: c, slug: "seminar-opens" } })).ok).toBe(true);
    expect((await step(actors.PRESS_OFFICER, c, "publish")).ok).toBe(true);
    expect((await db.pressRelease.findUniqueOrThrow({ where: { id: c } })).slug).toBe("seminar-opens");
  });

  it("takes a missing translation after publication, through its own review; live text stays as it is", async () => {
    const id = await approvedRelease();
    expect((await step(actors.PRESS_OFFICER, id, "publish")).ok).toBe(true);
    const slug = (await db.pressRelease.findUniqueOrThrow({ where: { id } })).slug;
    expect((await getPublishedRelease(slug, "ru"))?.text.locale).toBe("en"); // no Russian yet
    const ru = { releaseId: id, locale: "ru", title: "Семинар", body: "Текст" };
    expect((await saveReleaseText({ actor: actors.PRESS_OFFICER, input: ru })).ok).toBe(true);
    expect((await getPublishedRelease(slug, "ru"))?.text.locale).toBe("en"); // a draft is not public
    expect((await approveTr(actors.REVIEWER, id, "ru")).ok).toBe(true);
    expect((await getPublishedRelease(slug, "ru"))?.text.title).toBe("Семинар");
    expect(await saveReleaseText({ actor: actors.PRESS_OFFICER, input: { ...ru, title: "Другой" } })).toEqual({ ok: false, reason: "PUBLISHED_LOCKED" });
    expect(await saveReleaseText({ actor: actors.PRESS_OFFICER, input: { ...ru, locale: "en", title: "Changed" } })).toEqual({ ok: false, reason: "PUBLISHED_LOCKED" });
    expect(await saveReleaseText({ actor: actors.REVIEWER, input: { ...ru, locale: "fr", title: "Séminaire" } })).toEqual(FORBIDDEN);
  });

  it("corrects a published release through review: the public reads the approved text until the correction is approved", async () => {
    const id = await approvedRelease();
    expect((await step(actors.PRESS_OFFICER, id, "publish")).ok).toBe(true);
    const slug = (await db.pressRelease.findUniqueOrThrow({ where: { id } })).slug;
    const liveTitle = (await getPublishedRelease(slug, "en"))!.text.title;
    const fix = { releaseId: id, locale: "en", title: "CIIS will hold the 2nd International Seminar on Cooperation (corrected)", body: "The corrected text." };
    expect(await saveCorrection({ actor: actors.DELEGATE, input: fix })).toEqual(FORBIDDEN);
    expect((await saveCorrection({ actor: actors.PRESS_OFFICER, input: fix })).ok).toBe(true);
    expect((await saveCorrection({ actor: actors.PRESS_OFFICER, input: { ...fix, body: "The corrected text, again." } })).ok).toBe(true);
    expect(await db.pressCorrection.count({ where: { releaseId: id, status: "DRAFT" } })).toBe(1); // one in progress, updated
    expect((await getPublishedRelease(slug, "en"))!.text.title).toBe(liveTitle); // the public still reads the approved text
    expect(await approveCorrection({ actor: actors.PRESS_OFFICER, input: { releaseId: id, locale: "en", note: "x" } })).toEqual(FORBIDDEN);
    expect(await approveCorrection({ actor: actors.REVIEWER, input: { releaseId: id, locale: "en", note: "" } })).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { note: ["required"] } });
    expect((await approveCorrection({ actor: actors.REVIEWER, input: { releaseId: id, locale: "en", note: "The minister's title was wrong." } })).ok).toBe(true);
    const now = await getPublishedRelease(slug, "en");
    expect(now!.text).toMatchObject({ title: fix.title, body: "The corrected text, again." });
    expect(now).toMatchObject({ correctionNote: "The minister's title was wrong.", correctedAt: expect.any(Date), status: "PUBLISHED" });
    expect(await approveCorrection({ actor: actors.REVIEWER, input: { releaseId: id, locale: "en", note: "again" } })).toEqual({ ok: false, reason: "NOT_FOUND" });
    // A draft release is edited, not corrected; a discarded correction leaves the text alone.
    const draftId = (await draft(actors.PRESS_OFFICER)) as { ok: true; data: { id: string } };
    expect(await saveCorrection({ actor: actors.PRESS_OFFICER, input: { ...fix, releaseId: draftId.data.id } })).toEqual({ ok: false, reason: "INVALID_TRANSITION" });
    expect((await saveCorrection({ actor: actors.PRESS_OFFICER, input: { ...fix, title: "Discarded" } })).ok).toBe(true);
    expect((await discardCorrection({ actor: actors.PRESS_OFFICER, input: { releaseId: id, locale: "en" } })).ok).toBe(true);
    expect((await getPublishedRelease(slug, "en"))!.text.title).toBe(fix.title);
  });

  it("withdraws with a reason shown publicly, cancels the press-list emails still waiting, and can return to draft", async () => {
    const id = await approvedRelease();
    expect((await step(actors.PRESS_OFFICER, id, "publish")).ok).toBe(true);
    const waiting = await db.outboxMessage.count({ where: { ref: `press:${id}`, status: "PENDING" } });
    expect(waiting).toBeGreaterThan(0); // the press list, not delivered yet (no worker in this test)
    expect(await step(actors.REVIEWER, id, "withdraw")).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { note: ["required"] } });
    expect((await step(actors.REVIEWER, id, "withdraw", "A name was wrong.")).ok).toBe(true);
    expect(await db.outboxMessage.count({ where: { ref: `press:${id}`, status: "PENDING" } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { ref: `press:${id}`, status: "CANCELLED", secret: null } })).toBe(waiting);
    const r = await db.pressRelease.findUniqueOrThrow({ where: { id } });
    expect(await getWithdrawnRelease(r.slug)).toMatchObject({ withdrawalReason: "A name was wrong.", withdrawnAt: expect.any(Date) });
    expect(await step(actors.PRESS_OFFICER, id, "redraft")).toEqual(FORBIDDEN);
    expect((await step(actors.REVIEWER, id, "redraft")).ok).toBe(true);
    expect(await db.pressRelease.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", withdrawnAt: null, withdrawalReason: null, publishedAt: null, approvedById: null, distributedAt: null });
    expect(await getWithdrawnRelease(r.slug)).toBeNull();
  });

  it("keeps every save as a version, marks translations outdated, and sends an edited approved release back to review", async () => {
    const id = await approvedRelease();
    const tr = await saveReleaseText({ actor: actors.PRESS_OFFICER, input: { releaseId: id, locale: "ar", title: "عنوان", body: "نص" } });
    expect(tr.ok).toBe(true);
    expect((await approveTr(actors.REVIEWER, id, "ar")).ok).toBe(true);

    const edit = await saveReleaseText({ actor: actors.PRESS_OFFICER, input: { releaseId: id, locale: "en", title: "New headline", body: "New text" } });
    expect(edit).toMatchObject({ ok: true, data: { version: 2 } });
    const r = await db.pressRelease.findUniqueOrThrow({ where: { id }, include: { translations: true } });
    expect(r.status).toBe("IN_REVIEW");
    expect(r.translations.find((t) => t.locale === "ar")?.status).toBe("OUTDATED");
    expect(await approveTr(actors.REVIEWER, id, "ar")).toEqual({ ok: false, reason: "TRANSLATION_OUTDATED" });

    const first = await db.pressReleaseVersion.findFirstOrThrow({ where: { releaseId: id, locale: "en", number: 1 } });
    expect((await restoreVersion({ actor: actors.PRESS_OFFICER, input: { versionId: first.id } })).ok).toBe(true);
    const restored = await db.pressTranslation.findFirstOrThrow({ where: { releaseId: id, locale: "en" } });
    expect(restored.title).toBe(first.title);
    expect(await db.pressReleaseVersion.count({ where: { releaseId: id, locale: "en" } })).toBe(3);
  });

  it("approves only the version the reviewer saw", async () => {
    const r = await draft(actors.PRESS_OFFICER);
    if (!r.ok) throw new Error(r.reason);
    const id = r.data.id;
    await step(actors.PRESS_OFFICER, id, "submit");
    const seen = await versionOf(id);
    // The press officer saves again while the reviewer reads version `seen`.
    await saveReleaseText({ actor: actors.PRESS_OFFICER, input: { releaseId: id, locale: "en", title: "Changed meanwhile", body: "New text" } });
    expect(await stepRelease({ actor: actors.REVIEWER, input: { releaseId: id, step: "approve", version: seen } })).toEqual({ ok: false, reason: "VERSION_CHANGED" });
    expect(await stepRelease({ actor: actors.REVIEWER, input: { releaseId: id, step: "approve" } })).toMatchObject({ ok: false, reason: "INVALID_INPUT" });
    expect((await db.pressRelease.findUniqueOrThrow({ where: { id } })).status).toBe("IN_REVIEW");
    expect((await step(actors.REVIEWER, id, "approve")).ok).toBe(true);

    await saveReleaseText({ actor: actors.PRESS_OFFICER, input: { releaseId: id, locale: "fr", title: "Titre", body: "Texte" } });
    const seenFr = await versionOf(id, "fr");
    await saveReleaseText({ actor: actors.PRESS_OFFICER, input: { releaseId: id, locale: "fr", title: "Titre corrigé", body: "Texte" } });
    expect(await approveTranslation({ actor: actors.REVIEWER, input: { releaseId: id, locale: "fr", version: seenFr } })).toEqual({ ok: false, reason: "VERSION_CHANGED" });
    expect((await db.pressTranslation.findFirstOrThrow({ where: { releaseId: id, locale: "fr" } })).status).toBe("DRAFT");
  });

  it("lets only Plenary itself publish due releases", async () => {
    for (const actor of Object.values(actors)) expect(await publishDueReleases({ actor, input: {} })).toEqual(FORBIDDEN);
  });

  it("records why Plenary moved a release by itself as a code, apart from what people typed", async () => {
    const id = await approvedRelease();
    await saveReleaseText({ actor: actors.PRESS_OFFICER, input: { releaseId: id, locale: "en", title: "Changed", body: "Changed text" } });
    const last = await db.pressTransition.findFirstOrThrow({ where: { releaseId: id }, orderBy: { at: "desc" } });
    expect(last).toMatchObject({ from: "APPROVED", to: "IN_REVIEW", cause: "editedAfterApproval", note: null });
  });

  it("refuses a publication time in the past", async () => {
    const id = await approvedRelease();
    expect(await timeRelease({ actor: actors.PRESS_OFFICER, input: { releaseId: id, mode: "schedule", publishAt: localIn(-60_000) } })).toMatchObject({ ok: false, fieldErrors: { publishAt: ["inThePast"] } });
  });

  it("keeps an embargoed release out of every public reading until its time, and sends it to the press list at once", async () => {
    const id = await approvedRelease();
    const mailsBefore = await db.outboxMessage.count({ where: { kind: "press-release" } });
    const t = await timeRelease({ actor: actors.PRESS_OFFICER, input: { releaseId: id, mode: "embargo", publishAt: localIn(3_600_000) } });
    if (!t.ok) throw new Error(t.reason);
    const { slug } = await db.pressRelease.findUniqueOrThrow({ where: { id } });
    const mails = await db.outboxMessage.findMany({ where: { kind: "press-release" }, orderBy: { createdAt: "asc" }, skip: mailsBefore });
    expect(mails).toHaveLength(2);
    expect(mails[0].subject).toMatch(/^EMBARGOED until /);

    expect(await getPublishedRelease(slug, "en")).toBeNull();
    expect((await listPublishedReleases({ locale: "en" })).map((r) => r.slug)).not.toContain(slug);
    expect((await listPublishedReleases({ locale: "en", q: "Cooperation" })).map((r) => r.slug)).not.toContain(slug);
    expect((await listSitemapEntries()).releases.map((r) => r.slug)).not.toContain(slug);
    expect(await publishDue()).not.toContain(id);

    // An hour later it is out, and the press list is not written to again.
    const later = new Date(Date.now() + 3_600_000 + 1000);
    expect(await publishDue(later)).toContain(id);
    expect(await getPublishedRelease(slug, "en", later)).not.toBeNull();
    expect(await db.outboxMessage.count({ where: { kind: "press-release" } })).toBe(mailsBefore + 2);
  });

  it("publishes a scheduled release exactly once when workers race", async () => {
    const ids = [await approvedRelease(), await approvedRelease()];
    for (const id of ids) await timeRelease({ actor: actors.PRESS_OFFICER, input: { releaseId: id, mode: "schedule", publishAt: localIn(120_000) } });
    const mailsBefore = await db.outboxMessage.count({ where: { kind: "press-release" } });
    const at = new Date(Date.now() + 180_000);
    const results = await Promise.all([0, 1, 2, 3, 4].map(() => publishDue(at)));
    const published = results.flat().filter((id) => ids.includes(id));
    expect(published.sort()).toEqual([...ids].sort());
    expect(await db.pressTransition.count({ where: { releaseId: { in: ids }, to: "PUBLISHED", cause: "publishedOnTime", actorId: null } })).toBe(2);
    expect(await db.outboxMessage.count({ where: { kind: "press-release" } })).toBe(mailsBefore + 4); // 2 releases × 2 journalists
  });
});
