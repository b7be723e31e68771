// Registrations against a real PostgreSQL: 200 people racing for 50 seats never oversell an
// edition or a country's quota and queue without gaps (with a control that shows the race
// without the edition lock), a freed seat moves the first waitlisted who fits up in the same
// call, the secretariat's decisions (and the focal point's first stage), bad input and closed
// forms that store nothing, who may decide, confirm, change and cancel what, the delegate's
// own changes and erasure, and the privacy chores after an edition.
import { randomBytes } from "node:crypto";
import { makeGate } from "@/scripts/lib/gate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Tx } from "@/lib/db";
import { SYSTEM_ACTOR, VISITOR, type Actor, type LinkHolder, type RegistrationHolder } from "@/lib/access/policy";
import { ok } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { openSecret } from "@/lib/mail/secret";
import { defineUseCase } from "@/lib/use-case";
import { COUNTRIES } from "@/prisma/data/countries";
import { tokenColumns } from "@/lib/secret-token";
import { confirmNominees, decideRegistrations, register, saveRegistrationSettings } from "./mutations";
import { anonymizeEdition, purgePassports } from "./privacy/mutations";
import { cancelOwnRegistration, eraseOwnRegistration, updateOwnRegistration } from "./self/mutations";
import { seatEditionSelect, seatFree } from "./seats/mutations";
import { delegationKey } from "./delegation-link";
import { PRIVACY_NOTICE_VERSION, registerInput } from "./schema";
import { updateInvitation } from "@/lib/invitations/mutations";
import { updateEdition } from "@/lib/editions/mutations";

const db = getDb();
const actors = {} as Record<Role, Actor>;
let seriesId: string;
let editionNumber = 0;

const unique = () => randomBytes(4).toString("hex");
const link = (inv: { id: string; countryCode: string | null }): LinkHolder => ({ id: null, email: null, name: "link", role: "INVITATION_LINK", countryCode: inv.countryCode, invitationId: inv.id });
const holder = (registrationId: string): RegistrationHolder => ({ id: null, email: null, name: "link", role: "REGISTRATION_LINK", countryCode: null, registrationId });
const person = (editionId: string, over: Record<string, string | undefined> = {}) => ({
  editionId, givenName: "Amina", familyName: `Diallo ${unique()}`, email: `r.${unique()}@example.org`, delegationRole: "MEMBER", countryCode: "SN", phone: "", passportNumber: "",
  consent: "on", locale: "en", ...over,
});

async function edition(over: Partial<Prisma.EditionUncheckedCreateInput> = {}) {
  return db.edition.create({
    data: {
      seriesId, number: ++editionNumber, theme: { en: "Cooperation" }, timeZone: "Asia/Shanghai", startsAt: new Date("2027-11-09T01:00:00Z"), endsAt: new Date("2027-11-10T09:00:00Z"),
      capacity: 100, status: "REGISTRATION_OPEN", publicRegistration: true, ...over,
    },
  });
}

async function invitation(editionId: string, countryCode: string, quota = 3) {
  return db.invitation.create({ data: { editionId, countryCode, quota, status: "ACCEPTED", sentAt: new Date(), respondedAt: new Date(), ...tokenColumns() } });
}

/** Registers on the public form (or with `key`) as a visitor; the test fails at once when refused. */
async function reg(input: ReturnType<typeof person>) {
  const r = await register({ actor: VISITOR, input });
  if (!r.ok) throw new Error(`register refused: ${JSON.stringify(r)}`);
  return { ...r.data, email: input.email!, givenName: input.givenName!, familyName: input.familyName! };
}

const statusOf = async (id: string) => (await db.registration.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
/** The waiting list of an edition as [id, position], in order. */
const waitlist = async (editionId: string) =>
  (await db.registration.findMany({ where: { editionId, status: "WAITLISTED" }, orderBy: { waitlistPosition: "asc" }, select: { id: true, waitlistPosition: true } })).map((r) => [r.id, r.waitlistPosition]);
const mails = (toAddress: string, kind: string) => db.outboxMessage.count({ where: { toAddress, kind } });
const audits = (entityId: string, action: string) => db.auditLog.count({ where: { entityId, action } });

beforeAll(async () => {
  await db.country.createMany({ data: COUNTRIES.map((c) => ({ code: c.alpha2, alpha3: c.alpha3, numeric: c.numeric, unStatus: c.unStatus, nameEn: c.nameEn, regionalGroup: c.group })), skipDuplicates: true });
  for (const role of ["ORGANIZER", "REVIEWER", "PRESS_OFFICER", "FOCAL_POINT", "DELEGATE"] as Role[]) {
    const u = await db.user.create({ data: { email: `${role.toLowerCase()}.${unique()}@example.org`, role, countryCode: role === "FOCAL_POINT" ? "PK" : null } });
    actors[role] = { id: u.id, email: u.email, name: null, role, countryCode: u.countryCode };
  }
  seriesId = (await db.series.create({ data: { slug: `reg-${unique()}`, name: { en: "International Seminar" }, hostName: { en: "CIIS" } } })).id;
});
afterAll(() => db.$disconnect());

describe("seats under concurrency", () => {
  it(
    "200 concurrent registrations for 50 remaining seats, 3 per country: exactly full, quotas kept, every one stored once, the rest queued 1..N",
    async () => {
      const e = await edition({ capacity: 60, countryQuota: 3 });
      const codes = COUNTRIES.slice(0, 40).map((c) => c.alpha2);
      // 10 seats taken beforehand: two each for five of the racing countries (one place left in each).
      for (const countryCode of codes.slice(0, 5)) for (let i = 0; i < 2; i++) await reg(person(e.id, { countryCode }));
      const inputs = codes.flatMap((countryCode) => Array.from({ length: 5 }, () => person(e.id, { countryCode })));
      const results = await Promise.all(inputs.map((input) => register({ actor: VISITOR, input })));

      expect(results.filter((r) => !r.ok)).toEqual([]);
      const statuses = results.map((r) => (r.ok ? r.data.status : "refused"));
      expect(statuses.filter((s) => s === "PENDING")).toHaveLength(50);
      expect(statuses.filter((s) => s === "WAITLISTED")).toHaveLength(150);

      const [{ seated, total }] = await db.$queryRaw<{ seated: bigint; total: bigint }[]>`
        SELECT count(*) FILTER (WHERE status IN ('PENDING','APPROVED')) AS seated, count(*) AS total FROM "Registration" WHERE "editionId" = ${e.id}`;
      expect(Number(seated)).toBe(60);
      expect(Number(total)).toBe(210);
      const overQuota = await db.$queryRaw<{ countryCode: string; n: bigint }[]>`
        SELECT "countryCode", count(*) AS n FROM "Registration" WHERE "editionId" = ${e.id} AND status IN ('PENDING','APPROVED') GROUP BY "countryCode" HAVING count(*) > 3`;
      expect(overQuota).toEqual([]);
      const perEmail = await db.$queryRaw<{ email: string; n: bigint }[]>`
        SELECT email, count(*) AS n FROM "Registration" WHERE email = ANY(${inputs.map((i) => i.email)}) GROUP BY email`;
      expect(perEmail).toHaveLength(200);
      expect(perEmail.every((r) => Number(r.n) === 1)).toBe(true);
      const positions = await db.$queryRaw<{ p: number }[]>`
        SELECT "waitlistPosition" AS p FROM "Registration" WHERE "editionId" = ${e.id} AND status = 'WAITLISTED' ORDER BY "waitlistPosition"`;
      expect(positions.map((r) => r.p)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
      // What each caller was told is what was stored.
      const stored = await db.registration.findMany({ where: { id: { in: results.flatMap((r) => (r.ok ? [r.data.id] : [])) } }, select: { id: true, status: true, waitlistPosition: true } });
      const told = new Map(results.flatMap((r) => (r.ok ? [[r.data.id, [r.data.status, r.data.waitlistPosition]] as const] : [])));
      expect(stored.every((s) => JSON.stringify(told.get(s.id)) === JSON.stringify([s.status, s.waitlistPosition]))).toBe(true);
    },
    120_000,
  );

  it("control: the same count-then-insert without the edition lock oversells (so the test above can fail)", async () => {
    const e = await edition({ capacity: 5 });
    const gate = makeGate(8);
    // register's seat logic without lockEditionSeats: every racer counts before any inserts.
    const unguarded = defineUseCase({
      name: "test.registerWithoutLock",
      input: registerInput,
      allows: () => true,
      load: (tx: Tx, input) => tx.edition.findUnique({ where: { id: input.editionId }, select: seatEditionSelect }),
      authorize: () => true,
      async run({ tx, input, record: e, now }) {
        const seat = await seatFree(tx, e, { countryCode: input.countryCode, invitationId: null, delegationRole: input.delegationRole });
        await gate();
        if (!seat) return ok({ stored: false });
        await tx.registration.create({
          data: {
            editionId: e.id, countryCode: input.countryCode, givenName: input.givenName, familyName: input.familyName, email: input.email, delegationRole: input.delegationRole,
            status: "PENDING", consentAt: now, consentVersion: PRIVACY_NOTICE_VERSION, ...tokenColumns(),
          },
        });
        return ok({ stored: true });
      },
      audit: () => null,
    });
    const codes = ["SN", "GH", "KE", "NG", "ML", "CI", "BF", "TG"];
    await Promise.all(codes.map((countryCode) => unguarded({ actor: actors.ORGANIZER, input: person(e.id, { countryCode }) })));
    expect(await db.registration.count({ where: { editionId: e.id, status: { in: ["PENDING", "APPROVED"] } } })).toBeGreaterThan(5);
  });
});

describe("quotas", () => {
  it("an invitation's quota wins over the edition's default; media hold a seat but no place in the quota", async () => {
    const e = await edition({ capacity: 10, countryQuota: 1 });
    await invitation(e.id, "PK", 3);
    // Pakistan is invited with 3 places: the public form registers into its delegation.
    const pk = [await reg(person(e.id, { countryCode: "PK" })), await reg(person(e.id, { countryCode: "PK" })), await reg(person(e.id, { countryCode: "PK" })), await reg(person(e.id, { countryCode: "PK" }))];
    expect(pk.map((r) => r.status)).toEqual(["PENDING", "PENDING", "PENDING", "WAITLISTED"]);
    // Senegal is not: the edition's default of 1.
    const sn = [await reg(person(e.id, { countryCode: "SN" })), await reg(person(e.id, { countryCode: "SN" }))];
    expect(sn.map((r) => r.status)).toEqual(["PENDING", "WAITLISTED"]);
    // A journalist from either country still gets a seat, and takes no place from its delegation.
    const media = [await reg(person(e.id, { countryCode: "SN", delegationRole: "MEDIA" })), await reg(person(e.id, { countryCode: "PK", delegationRole: "MEDIA" }))];
    expect(media.map((r) => r.status)).toEqual(["PENDING", "PENDING"]);
    expect(await db.registration.findUniqueOrThrow({ where: { id: media[0].id }, select: { badgeCategory: true } })).toEqual({ badgeCategory: "PRESS" });
    // Media count against the capacity: 6 of 10 seats taken; four more media fill it, the fifth waits.
    const more = [];
    for (let i = 0; i < 5; i++) more.push(await reg(person(e.id, { countryCode: "SN", delegationRole: "MEDIA" })));
    expect(more.map((r) => r.status)).toEqual(["PENDING", "PENDING", "PENDING", "PENDING", "WAITLISTED"]);
    expect(await db.registration.count({ where: { editionId: e.id, status: { in: ["PENDING", "APPROVED"] } } })).toBe(10);
    expect(await waitlist(e.id)).toEqual([pk[3], sn[1], more[4]].map((r, i) => [r.id, i + 1]));
  });
});

describe("the waiting list moves up", () => {
  async function fullEdition() {
    const e = await edition({ capacity: 3 });
    const seated = [await reg(person(e.id, { countryCode: "SN" })), await reg(person(e.id, { countryCode: "GH" })), await reg(person(e.id, { countryCode: "KE" }))];
    const waiting = [await reg(person(e.id, { countryCode: "NG" })), await reg(person(e.id, { countryCode: "ML" })), await reg(person(e.id, { countryCode: "CI" }))];
    expect(seated.map((r) => r.status)).toEqual(["PENDING", "PENDING", "PENDING"]);
    expect(await waitlist(e.id)).toEqual(waiting.map((w, i) => [w.id, i + 1]));
    // Each is told at once: a seat to be reviewed, or the position on the waiting list.
    expect(await mails(seated[0].email, "registration-received")).toBe(1);
    expect(await mails(waiting[0].email, "registration-waitlisted")).toBe(1);
    expect(await mails(waiting[0].email, "registration-received")).toBe(0);
    return { e, seated, waiting };
  }

  it("a cancellation by the secretariat promotes the first waitlisted in the same call, mails and audits it, and renumbers the list", async () => {
    const { e, seated, waiting } = await fullEdition();
    const r = await decideRegistrations({ actor: actors.ORGANIZER, input: { editionId: e.id, ids: [seated[0].id], decision: "cancel" } });
    expect(r).toMatchObject({ ok: true, data: { done: 1, promotedCount: 1 } });
    expect(await statusOf(seated[0].id)).toBe("CANCELLED");
    expect(await db.registration.findUniqueOrThrow({ where: { id: waiting[0].id } })).toMatchObject({ status: "PENDING", waitlistPosition: null });
    expect(await waitlist(e.id)).toEqual([[waiting[1].id, 1], [waiting[2].id, 2]]);
    expect(await mails(waiting[0].email, "registration-promoted")).toBe(1);
    expect(await mails(seated[0].email, "registration-cancelled")).toBe(1);
    expect(await audits(waiting[0].id, "registration.promote")).toBe(1);
    expect(await db.registration.count({ where: { editionId: e.id, status: { in: ["PENDING", "APPROVED"] } } })).toBe(3);
  });

  it("so does the delegate's own cancellation through their link", async () => {
    const { e, seated, waiting } = await fullEdition();
    const r = await cancelOwnRegistration({ actor: holder(seated[1].id), input: { token: "ignored" } });
    expect(r).toMatchObject({ ok: true, data: { id: seated[1].id, from: "PENDING" } });
    expect(await statusOf(seated[1].id)).toBe("CANCELLED");
    expect(await statusOf(waiting[0].id)).toBe("PENDING");
    expect(await waitlist(e.id)).toEqual([[waiting[1].id, 1], [waiting[2].id, 2]]);
    expect(await mails(waiting[0].email, "registration-promoted")).toBe(1);
    expect(await audits(waiting[0].id, "registration.promote")).toBe(1);
    // Leaving the list from its middle closes the gap, and promotes nobody (no seat freed).
    expect(await cancelOwnRegistration({ actor: holder(waiting[1].id), input: { token: "ignored" } })).toMatchObject({ ok: true, data: { promoted: [] } });
    expect(await waitlist(e.id)).toEqual([[waiting[2].id, 1]]);
  });

  it("a bulk decision on several waitlisted registrations keeps the list numbered 1…N", async () => {
    const e = await edition({ capacity: 1 });
    await reg(person(e.id, { countryCode: "SN" }));
    const w = [];
    for (const c of ["GH", "KE", "NG", "ML", "CI", "TG"]) w.push(await reg(person(e.id, { countryCode: c })));
    const rejected = await decideRegistrations({ actor: actors.ORGANIZER, input: { editionId: e.id, ids: [w[0].id, w[1].id, w[3].id], decision: "reject", reason: "Not this year" } });
    expect(rejected).toMatchObject({ ok: true, data: { done: 3 } });
    expect(await waitlist(e.id)).toEqual([[w[2].id, 1], [w[4].id, 2], [w[5].id, 3]]);
    await db.edition.update({ where: { id: e.id }, data: { capacity: 10 } });
    expect(await decideRegistrations({ actor: actors.ORGANIZER, input: { editionId: e.id, ids: [w[2].id, w[4].id], decision: "approve" } })).toMatchObject({ ok: true, data: { done: 2 } });
    expect(await waitlist(e.id)).toEqual([[w[5].id, 1]]);
  });

  it("a larger invitation quota or a larger capacity in the edition's form moves the list up too", async () => {
    // A series of its own: the edition's form refuses two editions of one series on the same dates.
    const own = await db.series.create({ data: { slug: `reg-own-${unique()}`, name: { en: "Own" }, hostName: { en: "CIIS" } } });
    const e = await edition({ capacity: 3, seriesId: own.id });
    const inv = await invitation(e.id, "SN", 1);
    await reg(person(e.id, { countryCode: "SN" }));
    const sn2 = await reg(person(e.id, { countryCode: "SN" }));
    await reg(person(e.id, { countryCode: "GH" }));
    await reg(person(e.id, { countryCode: "KE" }));
    const ng = await reg(person(e.id, { countryCode: "NG" }));
    expect(await waitlist(e.id)).toEqual([[sn2.id, 1], [ng.id, 2]]);
    const raised = await updateInvitation({ actor: actors.ORGANIZER, input: { id: inv.id, quota: "2", letterLocale: "en" } });
    expect(raised).toMatchObject({ ok: true });
    // Senegal's second now fits its delegation, but the edition is full: nobody moves yet.
    expect(await waitlist(e.id)).toEqual([[sn2.id, 1], [ng.id, 2]]);
    const s = own;
    const grown = await updateEdition({
      actor: actors.ORGANIZER,
      input: { id: e.id, seriesId: s.id, number: String(e.number), theme: { en: "Cooperation" }, venue: {}, timeZone: "Asia/Shanghai", startsAt: "2027-11-09T09:00", endsAt: "2027-11-10T17:00", capacity: "5", registrationOpensAt: "", registrationClosesAt: "" },
    });
    expect(grown).toMatchObject({ ok: true });
    expect(await statusOf(sn2.id)).toBe("PENDING");
    expect(await statusOf(ng.id)).toBe("PENDING");
    expect(await waitlist(e.id)).toEqual([]);
    expect(await audits(sn2.id, "registration.promote")).toBe(1);
    // And the edition's form refuses a capacity below the seats taken.
    const shrunk = await updateEdition({
      actor: actors.ORGANIZER,
      input: { id: e.id, seriesId: s.id, number: String(e.number), theme: { en: "Cooperation" }, venue: {}, timeZone: "Asia/Shanghai", startsAt: "2027-11-09T09:00", endsAt: "2027-11-10T17:00", capacity: "2", registrationOpensAt: "", registrationClosesAt: "" },
    });
    expect(shrunk).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { capacity: ["belowSeated"] } });
  });

  it("a larger capacity promotes as many as fit, skipping those whose country's quota is full; so does a later cancellation", async () => {
    const e = await edition({ capacity: 2, countryQuota: 1 });
    const sn = await reg(person(e.id, { countryCode: "SN" }));
    const gh = await reg(person(e.id, { countryCode: "GH" }));
    const [sn2, ke, sn3, ng, ml] = [
      await reg(person(e.id, { countryCode: "SN" })), await reg(person(e.id, { countryCode: "KE" })), await reg(person(e.id, { countryCode: "SN" })),
      await reg(person(e.id, { countryCode: "NG" })), await reg(person(e.id, { countryCode: "ML" })),
    ];
    expect(await waitlist(e.id)).toEqual([sn2, ke, sn3, ng, ml].map((w, i) => [w.id, i + 1]));

    const r = await saveRegistrationSettings({ actor: actors.ORGANIZER, input: { editionId: e.id, capacity: "4", countryQuota: "1", publicRegistration: "on" } });
    expect(r.ok).toBe(true);
    expect(r.ok && r.data.promoted.map((p) => p.entityId)).toEqual([ke.id, ng.id]);
    expect(await statusOf(ke.id)).toBe("PENDING");
    expect(await statusOf(ng.id)).toBe("PENDING");
    expect(await waitlist(e.id)).toEqual([[sn2.id, 1], [sn3.id, 2], [ml.id, 3]]);
    expect(await mails(ke.email, "registration-promoted")).toBe(1);
    expect(await mails(ng.email, "registration-promoted")).toBe(1);
    expect(await mails(sn2.email, "registration-promoted")).toBe(0);
    expect(await db.edition.findUniqueOrThrow({ where: { id: e.id }, select: { capacity: true, publicRegistration: true } })).toEqual({ capacity: 4, publicRegistration: true });

    // A freed seat skips Senegal's two (its one place is taken) and goes to Mali.
    expect(await decideRegistrations({ actor: actors.ORGANIZER, input: { editionId: e.id, ids: [gh.id], decision: "cancel" } })).toMatchObject({ ok: true, data: { promotedCount: 1 } });
    expect(await statusOf(ml.id)).toBe("PENDING");
    expect(await waitlist(e.id)).toEqual([[sn2.id, 1], [sn3.id, 2]]);
    // Senegal's seat frees: the first Senegalese on the list moves up.
    expect(await decideRegistrations({ actor: actors.ORGANIZER, input: { editionId: e.id, ids: [sn.id], decision: "cancel" } })).toMatchObject({ ok: true, data: { promotedCount: 1 } });
    expect(await statusOf(sn2.id)).toBe("PENDING");
    expect(await waitlist(e.id)).toEqual([[sn3.id, 1]]);
    // A capacity below the seats taken is refused.
    expect(await saveRegistrationSettings({ actor: actors.ORGANIZER, input: { editionId: e.id, capacity: "2", countryQuota: "1", publicRegistration: "on" } })).toMatchObject({
      ok: false, reason: "INVALID_INPUT", fieldErrors: { capacity: ["belowSeated"] },
    });
  });
});

describe("the secretariat's decisions", () => {
  it("a rejection needs a reason; every decision is mailed to the delegate", async () => {
    const e = await edition({ capacity: 10 });
    const [a, b, c, d] = [await reg(person(e.id)), await reg(person(e.id, { countryCode: "GH" })), await reg(person(e.id, { countryCode: "KE" })), await reg(person(e.id, { countryCode: "NG" }))];
    const decide = (ids: string[], decision: string, reason?: string) => decideRegistrations({ actor: actors.ORGANIZER, input: { editionId: e.id, ids, decision, reason } });

    const noReason = await decide([a.id], "reject");
    expect(noReason).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { reason: ["required"] } });
    expect(await statusOf(a.id)).toBe("PENDING");
    expect(await mails(a.email, "registration-rejected")).toBe(0);

    expect(await decide([a.id], "reject", "Not a government official")).toMatchObject({ ok: true, data: { done: 1 } });
    expect(await db.registration.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "REJECTED", decisionReason: "Not a government official", reviewedById: actors.ORGANIZER.id });
    expect(await decide([b.id], "approve")).toMatchObject({ ok: true, data: { done: 1 } });
    expect(await decide([c.id], "waitlist")).toMatchObject({ ok: true, data: { done: 1, promotedCount: 0 } });
    expect(await db.registration.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "WAITLISTED", waitlistPosition: 1 });
    expect(await decide([d.id], "cancel")).toMatchObject({ ok: true, data: { done: 1 } });
    expect(await statusOf(b.id)).toBe("APPROVED");
    expect(await statusOf(d.id)).toBe("CANCELLED");

    expect([await mails(a.email, "registration-rejected"), await mails(b.email, "registration-approved"), await mails(c.email, "registration-waitlisted"), await mails(d.email, "registration-cancelled")]).toEqual([1, 1, 1, 1]);
    expect(await audits(b.id, "registration.decide")).toBe(1);
    // A decision that does not apply is refused with why.
    expect(await decide([b.id], "approve")).toEqual({ ok: false, reason: "WRONG_STATUS" });
  });

  it("with the focal point's stage on, a delegation's registration is approved only once its focal point has confirmed it", async () => {
    const e = await edition({ capacity: 10, focalPointReview: true, publicRegistration: false });
    const inv = await invitation(e.id, "PK");
    const key = delegationKey(inv.id, inv.tokenHash);
    // The country is the link's, whatever the form says; the public form being off does not matter.
    const r = await reg(person(e.id, { key, countryCode: "FR" }));
    expect(await db.registration.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ countryCode: "PK", invitationId: inv.id, status: "PENDING", confirmedAt: null });

    const approve = () => decideRegistrations({ actor: actors.ORGANIZER, input: { editionId: e.id, ids: [r.id], decision: "approve" } });
    expect(await approve()).toEqual({ ok: false, reason: "NOT_CONFIRMED" });
    expect(await statusOf(r.id)).toBe("PENDING");

    expect(await confirmNominees({ actor: link(inv), input: { invitationId: inv.id, ids: [r.id] } })).toMatchObject({ ok: true, data: { ids: [r.id] } });
    expect((await db.registration.findUniqueOrThrow({ where: { id: r.id } })).confirmedAt).not.toBeNull();
    expect(await audits(r.id, "registration.confirm")).toBe(1);
    expect(await approve()).toMatchObject({ ok: true, data: { done: 1 } });
    expect(await statusOf(r.id)).toBe("APPROVED");
    expect(await mails(r.email, "registration-approved")).toBe(1);
  });

  it("a bulk approval decides what it can and counts what it skipped, by reason", async () => {
    const e = await edition({ capacity: 3, focalPointReview: true });
    const inv = await invitation(e.id, "EG");
    const pending = await reg(person(e.id, { countryCode: "SN" }));
    const approved = await reg(person(e.id, { countryCode: "GH" }));
    await decideRegistrations({ actor: actors.ORGANIZER, input: { editionId: e.id, ids: [approved.id], decision: "approve" } });
    const unconfirmed = await reg(person(e.id, { key: delegationKey(inv.id, inv.tokenHash) }));
    const waiting = await reg(person(e.id, { countryCode: "KE" })); // the edition is full
    const cancelled = await reg(person(e.id, { countryCode: "NG" }));
    await decideRegistrations({ actor: actors.ORGANIZER, input: { editionId: e.id, ids: [cancelled.id], decision: "cancel" } });
    expect([unconfirmed.status, waiting.status]).toEqual(["PENDING", "WAITLISTED"]);

    const r = await decideRegistrations({ actor: actors.ORGANIZER, input: { editionId: e.id, ids: [pending.id, approved.id, unconfirmed.id, waiting.id, cancelled.id], decision: "approve" } });
    expect(r).toMatchObject({ ok: true, data: { done: 1, decided: [{ id: pending.id, from: "PENDING", to: "APPROVED" }] } });
    expect(r.ok && r.data.skipped).toEqual({ WRONG_STATUS: 2, NOT_CONFIRMED: 1, NO_SEAT: 1 });
    expect(await Promise.all([pending, approved, unconfirmed, waiting, cancelled].map((x) => statusOf(x.id)))).toEqual(["APPROVED", "APPROVED", "PENDING", "WAITLISTED", "CANCELLED"]);
    expect(await waitlist(e.id)).toEqual([[waiting.id, 1]]);
    expect(await mails(pending.email, "registration-approved")).toBe(1);
    expect(await mails(waiting.email, "registration-approved")).toBe(0);
  });
});

describe("bad input and closed forms store nothing", () => {
  it("accepts a post without the optional fields the form leaves out (no phone, no visa request)", async () => {
    const e = await edition();
    const { phone: _p, passportNumber: _n, ...bare } = person(e.id);
    expect(await register({ actor: VISITOR, input: bare })).toMatchObject({ ok: true, data: { status: "PENDING" } });
  });

  it("refuses malformed fields, unknown countries, forged or foreign keys, and says why", async () => {
    const e = await edition({ capacity: 100 });
    const other = await edition({ capacity: 100 });
    const inv = await invitation(e.id, "PK");
    const foreign = await invitation(other.id, "PK");
    const before = await db.registration.count({ where: { editionId: e.id } });
    const attempt = (over: Record<string, string | undefined>) => register({ actor: VISITOR, input: person(e.id, over) });

    expect(await attempt({ consent: undefined })).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { consent: ["consentRequired"] } });
    expect(await attempt({ consent: "off" })).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { consent: ["consentRequired"] } });
    expect(await attempt({ email: "not-an-email" })).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { email: ["email"] } });
    expect(await attempt({ email: "a@example.org,b@example.org" })).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { email: expect.arrayContaining(["email"]) } });
    expect(await attempt({ givenName: "x".repeat(5 * 1024 * 1024) })).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { givenName: ["tooLong:100"] } });
    expect(await attempt({ familyName: "<b>x</b>" })).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { familyName: ["noMarkup"] } });
    expect(await attempt({ organization: "<script>alert(1)</script>" })).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { organization: ["noMarkup"] } });
    expect(await attempt({ delegationRole: "KING" })).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { delegationRole: ["invalid"] } });
    expect(await attempt({ visaLetterRequested: "on" })).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { passportNumber: ["required"], nationality: ["required"] } });
    expect(await attempt({ countryCode: "XX" })).toEqual({ ok: false, reason: "INVALID_INPUT", fieldErrors: { countryCode: ["invalid"] } });
    expect(await attempt({ countryCode: "" })).toMatchObject({ ok: false, reason: "COUNTRY_REQUIRED" });
    expect(await attempt({ key: `${inv.id}.${"A".repeat(43)}` })).toEqual({ ok: false, reason: "LINK_INVALID" });
    expect(await attempt({ key: "nonsense" })).toEqual({ ok: false, reason: "LINK_INVALID" });
    expect(await attempt({ key: delegationKey(foreign.id, foreign.tokenHash) })).toEqual({ ok: false, reason: "LINK_INVALID" });
    // A key made for the invitation's previous link is void once the link changes.
    const stale = delegationKey(inv.id, inv.tokenHash);
    await db.invitation.update({ where: { id: inv.id }, data: tokenColumns() });
    expect(await attempt({ key: stale })).toEqual({ ok: false, reason: "LINK_INVALID" });
    expect(await register({ actor: VISITOR, input: person("no-such-edition") })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await db.registration.count({ where: { editionId: e.id } })).toBe(before);
    expect(await db.registration.count({ where: { editionId: other.id } })).toBe(0);
  });

  it("refuses closed forms: registration closed, public registration off, outside the dates; a delegation's link needs no public form", async () => {
    const closed = await edition({ status: "REGISTRATION_CLOSED" });
    const notPublic = await edition({ publicRegistration: false });
    const notYet = await edition({ registrationOpensAt: new Date(Date.now() + 86_400_000) });
    const over = await edition({ registrationOpensAt: new Date("2026-01-01T00:00:00Z"), registrationClosesAt: new Date(Date.now() - 60_000) });
    for (const e of [closed, notPublic, notYet, over]) {
      expect(await register({ actor: VISITOR, input: person(e.id) })).toEqual({ ok: false, reason: "REGISTRATION_CLOSED" });
      expect(await db.registration.count({ where: { editionId: e.id } })).toBe(0);
    }
    const closedInv = await invitation(closed.id, "PK");
    expect(await register({ actor: VISITOR, input: person(closed.id, { key: delegationKey(closedInv.id, closedInv.tokenHash) }) })).toEqual({ ok: false, reason: "REGISTRATION_CLOSED" });
    const inv = await invitation(notPublic.id, "PK");
    expect(await register({ actor: VISITOR, input: person(notPublic.id, { key: delegationKey(inv.id, inv.tokenHash) }) })).toMatchObject({ ok: true, data: { status: "PENDING", countryCode: "PK" } });
    // A revoked invitation's key opens nothing.
    await db.invitation.update({ where: { id: inv.id }, data: { revokedAt: new Date() } });
    expect(await register({ actor: VISITOR, input: person(notPublic.id, { key: delegationKey(inv.id, inv.tokenHash) }) })).toEqual({ ok: false, reason: "LINK_INVALID" });
    expect(await db.registration.count({ where: { editionId: notPublic.id } })).toBe(1);
  });

  it("one live registration per address and edition, one head per country", async () => {
    const e = await edition({ capacity: 100 });
    const first = await reg(person(e.id));
    const count = () => db.registration.count({ where: { editionId: e.id } });
    expect(await register({ actor: VISITOR, input: person(e.id, { email: first.email }) })).toEqual({ ok: false, reason: "ALREADY_REGISTERED", fieldErrors: { email: ["emailTaken"] } });
    expect(await register({ actor: VISITOR, input: person(e.id, { email: ` ${first.email.toUpperCase()} ` }) })).toMatchObject({ ok: false, reason: "ALREADY_REGISTERED" });
    expect(await count()).toBe(1);
    await reg(person(e.id, { delegationRole: "HEAD", countryCode: "GH" }));
    expect(await register({ actor: VISITOR, input: person(e.id, { delegationRole: "HEAD", countryCode: "GH" }) })).toMatchObject({ ok: false, reason: "HEAD_TAKEN" });
    expect(await count()).toBe(2);
    // Once cancelled, the address may register again.
    await cancelOwnRegistration({ actor: holder(first.id), input: { token: "ignored" } });
    expect(await register({ actor: VISITOR, input: person(e.id, { email: first.email }) })).toMatchObject({ ok: true });
  });
});

describe("the secretariat's own entries", () => {
  it("add a participant whatever the public form's dates (announced to closed), with the badge's category; a visitor's category is ignored", async () => {
    const e = await edition({ publicRegistration: false, registrationClosesAt: new Date(Date.now() - 86400_000) });
    expect(await register({ actor: VISITOR, input: person(e.id, { badgeCategory: "SPEAKER" }) })).toEqual({ ok: false, reason: "REGISTRATION_CLOSED" });
    const added = await register({ actor: actors.ORGANIZER, input: person(e.id, { badgeCategory: "SPEAKER" }) });
    expect(added).toMatchObject({ ok: true, data: { via: "secretariat", status: "PENDING" } });
    expect(await db.registration.findUniqueOrThrow({ where: { id: added.ok ? added.data.id : "" }, select: { badgeCategory: true } })).toEqual({ badgeCategory: "SPEAKER" });
    const open = await edition();
    const visitor = await register({ actor: VISITOR, input: person(open.id, { badgeCategory: "ORGANIZER" }) });
    expect(await db.registration.findUniqueOrThrow({ where: { id: visitor.ok ? visitor.data.id : "" }, select: { badgeCategory: true } })).toEqual({ badgeCategory: "DELEGATE" });
    // Not before it is announced, nor once it is held.
    for (const status of ["DRAFT", "HELD"] as const) {
      const closed = await edition({ status });
      expect(await register({ actor: actors.ORGANIZER, input: person(closed.id) })).toEqual({ ok: false, reason: "REGISTRATION_CLOSED" });
    }
  });
});

describe("who may do what", () => {
  it("only the secretariat decides: a delegate, a press officer, a focal point, a visitor or a link are refused and nothing changes", async () => {
    const e = await edition({ capacity: 10 });
    const inv = await invitation(e.id, "PK");
    const r = await reg(person(e.id, { countryCode: "PK" }));
    for (const actor of [actors.DELEGATE, actors.PRESS_OFFICER, actors.FOCAL_POINT, VISITOR, SYSTEM_ACTOR, link(inv), holder(r.id)]) {
      for (const decision of ["approve", "cancel"]) {
        expect(await decideRegistrations({ actor, input: { editionId: e.id, ids: [r.id], decision } })).toEqual({ ok: false, reason: "FORBIDDEN" });
      }
    }
    expect(await statusOf(r.id)).toBe("PENDING");
    expect(await audits(r.id, "registration.decide")).toBe(0);
    expect(await saveRegistrationSettings({ actor: actors.REVIEWER, input: { editionId: e.id, capacity: "1000", publicRegistration: "on" } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect((await db.edition.findUniqueOrThrow({ where: { id: e.id } })).capacity).toBe(10);
    // A reviewer may decide.
    expect(await decideRegistrations({ actor: actors.REVIEWER, input: { editionId: e.id, ids: [r.id], decision: "approve" } })).toMatchObject({ ok: true });
  });

  it("a focal point confirms its own country's nominees only, and a link its own invitation's only", async () => {
    const e = await edition({ capacity: 10, focalPointReview: true });
    const pk = await invitation(e.id, "PK");
    const eg = await invitation(e.id, "EG");
    const pk1 = await reg(person(e.id, { key: delegationKey(pk.id, pk.tokenHash) }));
    const eg1 = await reg(person(e.id, { key: delegationKey(eg.id, eg.tokenHash) }));
    expect([pk1.countryCode, eg1.countryCode]).toEqual(["PK", "EG"]);
    const confirmedAt = async (id: string) => (await db.registration.findUniqueOrThrow({ where: { id } })).confirmedAt;

    expect(await confirmNominees({ actor: actors.FOCAL_POINT, input: { invitationId: eg.id, ids: [eg1.id] } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await confirmNominees({ actor: link(pk), input: { invitationId: eg.id, ids: [eg1.id] } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    // Naming its own invitation with another's registration reaches nothing.
    expect(await confirmNominees({ actor: link(pk), input: { invitationId: pk.id, ids: [eg1.id] } })).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await confirmNominees({ actor: actors.DELEGATE, input: { invitationId: eg.id, ids: [eg1.id] } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await confirmNominees({ actor: holder(eg1.id), input: { invitationId: eg.id, ids: [eg1.id] } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await confirmedAt(eg1.id)).toBeNull();

    expect(await confirmNominees({ actor: actors.FOCAL_POINT, input: { invitationId: pk.id, ids: [pk1.id] } })).toMatchObject({ ok: true });
    expect(await confirmNominees({ actor: link(eg), input: { invitationId: eg.id, ids: [eg1.id] } })).toMatchObject({ ok: true });
    expect(await confirmedAt(pk1.id)).not.toBeNull();
    expect(await confirmedAt(eg1.id)).not.toBeNull();
  });

  it("a personal link acts on its own registration only, whatever token the input names", async () => {
    const e = await edition({ capacity: 10 });
    const a = await reg(person(e.id));
    const b = await reg(person(e.id, { countryCode: "GH" }));
    // b's real personal token, from the mail b received.
    const received = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: b.email, kind: "registration-received" } });
    const bToken = openSecret(received.secret!).split("/").pop()!;
    expect(bToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    expect(await cancelOwnRegistration({ actor: holder(a.id), input: { token: bToken } })).toMatchObject({ ok: true, data: { id: a.id } });
    expect(await statusOf(a.id)).toBe("CANCELLED");
    expect(await statusOf(b.id)).toBe("PENDING");
    expect(await updateOwnRegistration({ actor: holder(a.id), input: { token: bToken, givenName: "Mallory", familyName: "X", phone: "", passportNumber: "", locale: "en" } })).toEqual({ ok: false, reason: "WRONG_STATUS" });
    expect(await db.registration.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ givenName: b.givenName, familyName: b.familyName });
    // A personal link cannot register anyone, nor decide.
    expect(await register({ actor: holder(a.id), input: person(e.id) })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await decideRegistrations({ actor: holder(b.id), input: { editionId: e.id, ids: [b.id], decision: "approve" } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await cancelOwnRegistration({ actor: holder("no-such-registration"), input: { token: bToken } })).toEqual({ ok: false, reason: "NOT_FOUND" });
  });
});

describe("the delegate's own changes", () => {
  it("a change of name after approval returns the registration to review; a change of phone does not", async () => {
    const e = await edition({ capacity: 10 });
    const r = await reg(person(e.id, { phone: "+33 1 23 45 67 89" }));
    await decideRegistrations({ actor: actors.ORGANIZER, input: { editionId: e.id, ids: [r.id], decision: "approve" } });
    const update = (over: Record<string, string>) => updateOwnRegistration({ actor: holder(r.id), input: { token: "ignored", givenName: r.givenName, familyName: r.familyName, phone: "", passportNumber: "", locale: "en", ...over } });

    expect(await update({ phone: "+33 6 00 00 00 00" })).toMatchObject({ ok: true, data: { backToReview: false, status: "APPROVED" } });
    expect(await db.registration.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ status: "APPROVED", phone: "+33 6 00 00 00 00", reviewedById: actors.ORGANIZER.id });
    expect(await mails(r.email, "registration-updated")).toBe(1);

    expect(await update({ familyName: "Diallo-Sow", phone: "+33 6 00 00 00 00" })).toMatchObject({ ok: true, data: { backToReview: true, status: "PENDING" } });
    expect(await db.registration.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ status: "PENDING", familyName: "Diallo-Sow", reviewedAt: null, reviewedById: null });
    expect(await mails(r.email, "registration-backToReview")).toBe(1);
    expect(await update({ familyName: "<i>Sow</i>" })).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { familyName: ["noMarkup"] } });
  });

  it("erasing one's data anonymizes the row in place, cancels it, keeps the counts and moves the first waitlisted up", async () => {
    const e = await edition({ capacity: 2 });
    const a = await reg(person(e.id, { visaLetterRequested: "on", passportNumber: "AB1234567", nationality: "SN", phone: "+221 77 000 00 00" }));
    await reg(person(e.id, { countryCode: "GH" }));
    const w1 = await reg(person(e.id, { countryCode: "KE" }));
    const w2 = await reg(person(e.id, { countryCode: "NG" }));
    expect(await db.registration.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ passportNumber: "AB1234567", nationality: "SN" });
    const before = await db.registration.count({ where: { editionId: e.id } });

    expect(await eraseOwnRegistration({ actor: holder(a.id), input: { token: "ignored" } })).toMatchObject({ ok: true, data: { id: a.id } });
    const erased = await db.registration.findUniqueOrThrow({ where: { id: a.id } });
    expect(erased).toMatchObject({ givenName: "—", familyName: "—", phone: null, passportNumber: null, nationality: null, status: "CANCELLED", countryCode: "SN", delegationRole: "MEMBER", tokenSealed: null });
    expect(erased.email).toMatch(/^erased-.+@invalid$/);
    expect(erased.erasedAt).not.toBeNull();
    const [{ n }] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Registration" WHERE id = ${a.id} AND email LIKE 'erased-%@invalid' AND "givenName" = '—'`;
    expect(Number(n)).toBe(1);
    expect(await db.registration.count({ where: { editionId: e.id } })).toBe(before);
    expect(await db.registration.count({ where: { email: a.email } })).toBe(0);
    expect(await statusOf(w1.id)).toBe("PENDING");
    expect(await waitlist(e.id)).toEqual([[w2.id, 1]]);
    expect(await mails(w1.email, "registration-promoted")).toBe(1);
    expect(await audits(a.id, "registration.erase")).toBe(1);
    // Its mails go too: the waiting "received" mail is cancelled and keeps no address, name or text.
    expect(await db.outboxMessage.count({ where: { toAddress: a.email } })).toBe(0);
    expect(await db.outboxMessage.findFirstOrThrow({ where: { ref: `registration:${a.id}` } })).toMatchObject({ status: "CANCELLED", toAddress: "erased@invalid", textBody: "—", secret: null });
    // Erased: nothing more to change.
    expect(await updateOwnRegistration({ actor: holder(a.id), input: { token: "ignored", givenName: "Amina", familyName: "Diallo", phone: "", passportNumber: "", locale: "en" } })).toEqual({ ok: false, reason: "WRONG_STATUS" });
  });
});

describe("privacy after the edition", () => {
  it("anonymizes an edition's registrations only once it is archived", async () => {
    const e = await edition({ capacity: 2 });
    const regs = [await reg(person(e.id)), await reg(person(e.id, { countryCode: "GH" })), await reg(person(e.id, { countryCode: "KE" }))];
    const counts = () => db.registration.groupBy({ by: ["status", "countryCode"], where: { editionId: e.id }, _count: true, orderBy: { countryCode: "asc" } });
    const countsBefore = await counts();

    expect(await anonymizeEdition({ actor: actors.ORGANIZER, input: { editionId: e.id } })).toEqual({ ok: false, reason: "EDITION_NOT_ARCHIVED" });
    expect(await db.registration.count({ where: { editionId: e.id, erasedAt: { not: null } } })).toBe(0);

    await db.edition.update({ where: { id: e.id }, data: { status: "ARCHIVED" } });
    expect(await anonymizeEdition({ actor: actors.REVIEWER, input: { editionId: e.id } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await anonymizeEdition({ actor: actors.ORGANIZER, input: { editionId: e.id } })).toMatchObject({ ok: true, data: { count: 3 } });
    const rows = await db.registration.findMany({ where: { editionId: e.id } });
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.erasedAt !== null && r.givenName === "—" && r.familyName === "—" && /^erased-.+@invalid$/.test(r.email))).toBe(true);
    expect(await db.registration.count({ where: { email: { in: regs.map((r) => r.email) } } })).toBe(0);
    expect(await counts()).toEqual(countsBefore);
  });

  it("deletes passport details once the edition has ended, and leaves a coming edition's alone", async () => {
    const past = await edition({ startsAt: new Date("2025-11-09T01:00:00Z"), endsAt: new Date("2025-11-10T09:00:00Z") });
    const future = await edition();
    const visa = { visaLetterRequested: "on", passportNumber: "P1234567", nationality: "SN" };
    const old = await reg(person(past.id, visa));
    const coming = await reg(person(future.id, visa));

    expect(await purgePassports({ actor: actors.ORGANIZER, input: {} })).toEqual({ ok: false, reason: "FORBIDDEN" });
    const r = await purgePassports({ actor: SYSTEM_ACTOR, input: {} });
    expect(r.ok).toBe(true);
    expect(r.ok && r.data).toContainEqual({ editionId: past.id, count: 1 });
    expect(r.ok && r.data.find((x) => x.editionId === future.id)).toBeUndefined();
    const purged = await db.registration.findUniqueOrThrow({ where: { id: old.id } });
    expect(purged).toMatchObject({ passportNumber: null, nationality: null, visaLetterRequested: true });
    expect(purged.passportDeletedAt).not.toBeNull();
    expect(await db.registration.findUniqueOrThrow({ where: { id: coming.id } })).toMatchObject({ passportNumber: "P1234567", nationality: "SN", passportDeletedAt: null });
    expect(await audits(past.id, "registration.purgePassports")).toBe(1);
  });
});
