// Invitations against a real PostgreSQL: inviting by group and by growth, sending once
// however often it is clicked, nominations that never pass the quota or name two heads
// (with a control that shows the race without the lock), links that open one invitation
// only, and reminders that go once per interval whatever the number of workers.
import { randomBytes } from "node:crypto";
import { makeGate } from "@/scripts/lib/gate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Tx } from "@/lib/db";
import { SYSTEM_ACTOR, type Actor, type LinkHolder } from "@/lib/access/policy";
import { ok } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { defineUseCase } from "@/lib/use-case";
import { COUNTRIES } from "@/prisma/data/countries";
import { addInvitations, bulkInvitations, regenerateLink, updateInvitation } from "./mutations";
import { sendDueReminders } from "./reminders/mutations";
import { confirmFocalPoint, nominateDelegate, respondToInvitation, withdrawNominee } from "./answers/mutations";
import { nominateInput } from "./schema";
import { tokenColumns } from "@/lib/secret-token";

const db = getDb();
const actors = {} as Record<Role, Actor>;
let seriesId: string;
let earlierId: string;
let editionId: string;
let nominationEditionId: string;

const unique = () => randomBytes(4).toString("hex");
const link = (inv: { id: string; countryCode: string | null }): LinkHolder => ({ id: null, email: null, name: "link", role: "INVITATION_LINK", countryCode: inv.countryCode, invitationId: inv.id });
const nominee = (invitationId: string, over: Record<string, string> = {}) => ({
  invitationId, givenName: "Ayesha", familyName: `Khan ${unique()}`, delegationRole: "MEMBER", email: `n.${unique()}@example.org`, consent: "on", locale: "en", ...over,
});

async function edition(number: number, status: "DRAFT" | "REGISTRATION_OPEN" | "HELD" = "REGISTRATION_OPEN") {
  return db.edition.create({
    data: { seriesId, number, theme: { en: "Cooperation", ar: "التعاون", zh: "合作" }, venue: { en: "CIIS, Beijing" }, timeZone: "Asia/Shanghai", startsAt: new Date("2027-11-09T01:00:00Z"), endsAt: new Date("2027-11-10T09:00:00Z"), capacity: 300, status },
  });
}

async function acceptedInvitation(countryCode: string, quota: number) {
  const inv = await db.invitation.create({ data: { editionId: nominationEditionId, countryCode, quota, status: "ACCEPTED", sentAt: new Date(), respondedAt: new Date(), ...tokenColumns() } });
  return inv;
}

beforeAll(async () => {
  await db.country.createMany({ data: COUNTRIES.map((c) => ({ code: c.alpha2, alpha3: c.alpha3, numeric: c.numeric, unStatus: c.unStatus, nameEn: c.nameEn, regionalGroup: c.group })), skipDuplicates: true });
  for (const c of COUNTRIES) if (c.group) await db.country.updateMany({ where: { code: c.alpha2, regionalGroup: null }, data: { regionalGroup: c.group } });
  for (const role of ["ORGANIZER", "REVIEWER", "PRESS_OFFICER", "FOCAL_POINT", "DELEGATE"] as Role[]) {
    const u = await db.user.create({ data: { email: `${role.toLowerCase()}.${unique()}@example.org`, role, countryCode: role === "FOCAL_POINT" ? "PK" : null } });
    actors[role] = { id: u.id, email: u.email, name: null, role, countryCode: u.countryCode };
  }
  seriesId = (await db.series.create({ data: { slug: `inv-${unique()}`, name: { en: "International Seminar" }, hostName: { en: "CIIS" } } })).id;
  earlierId = (await edition(1, "HELD")).id;
  await db.invitation.createMany({ data: ["PK", "EG", "FR"].map((countryCode) => ({ editionId: earlierId, countryCode, status: "ACCEPTED" as const, sentAt: new Date(), respondedAt: new Date(), ...tokenColumns() })) });
  editionId = (await edition(2)).id;
  nominationEditionId = (await edition(3)).id;
});
afterAll(() => db.$disconnect());

describe("inviting", () => {
  it("invites a whole regional group, then the countries never invited, and counts what it skipped", async () => {
    const group = await addInvitations({ actor: actors.ORGANIZER, input: { mode: "group", editionId, group: "AFRICAN", quota: "3", letterLocale: "fr" } });
    expect(group).toMatchObject({ ok: true, data: { added: 54, alreadyInvited: 0 } });
    const again = await addInvitations({ actor: actors.ORGANIZER, input: { mode: "group", editionId, group: "AFRICAN", quota: "3", letterLocale: "fr" } });
    expect(again).toEqual({ ok: false, reason: "NOTHING_TO_ADD" });
    const never = await addInvitations({ actor: actors.ORGANIZER, input: { mode: "neverInvited", editionId, quota: "3", letterLocale: "en" } });
    // 195 states; PK, EG and FR were invited to edition 1 (EG is also in the African Group, already invited now).
    expect(never).toMatchObject({ ok: true, data: { added: 195 - 54 - 2 } });
    expect(await db.invitation.count({ where: { editionId } })).toBe(195 - 2);
    const last = await addInvitations({ actor: actors.ORGANIZER, input: { mode: "lastEdition", editionId, quota: "3", letterLocale: "en" } });
    expect(last).toMatchObject({ ok: true, data: { added: 2, alreadyInvited: 1 } }); // PK and FR new, EG already there
    expect(await db.invitation.count({ where: { editionId, status: "NOT_SENT" } })).toBe(195);
  });

  it("refuses every role but the organizer, and bad input, changing nothing", async () => {
    const before = await db.invitation.count();
    for (const role of ["REVIEWER", "PRESS_OFFICER", "FOCAL_POINT", "DELEGATE"] as Role[]) {
      expect(await addInvitations({ actor: actors[role], input: { mode: "group", editionId, group: "AFRICAN", quota: "3", letterLocale: "en" } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    }
    expect(await addInvitations({ actor: link({ id: "x", countryCode: "PK" }), input: { mode: "neverInvited", editionId, quota: "3", letterLocale: "en" } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    const bad = await addInvitations({ actor: actors.ORGANIZER, input: { mode: "country", editionId, countryCode: "XX", quota: "0", letterLocale: "tlh" } });
    expect(bad).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { quota: ["outOfRange"], letterLocale: ["invalid"] } });
    expect(await db.invitation.count()).toBe(before);
  });
});

describe("sending", () => {
  it("sends each invitation once, however many times send is clicked at once, and only those with a focal point", async () => {
    const e = await edition(10 + Math.floor(Math.random() * 1000));
    await addInvitations({ actor: actors.ORGANIZER, input: { mode: "group", editionId: e.id, group: "EASTERN_EUROPEAN", quota: "3", letterLocale: "ru" } });
    const invs = await db.invitation.findMany({ where: { editionId: e.id }, orderBy: { countryCode: "asc" } });
    expect(invs).toHaveLength(23);
    const withEmail = invs.slice(0, 20);
    for (const i of withEmail) await db.invitation.update({ where: { id: i.id }, data: { focalPointEmail: `fp.${i.countryCode!.toLowerCase()}.${unique()}@example.org` } });
    const ids = invs.map((i) => i.id);
    const results = await Promise.all(Array.from({ length: 4 }, () => bulkInvitations({ actor: actors.ORGANIZER, input: { editionId: e.id, op: "send", ids } })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.map((r) => (r.ok ? r.data.done : -1)).reduce((a, b) => a + b, 0)).toBe(20);
    const mails = await db.outboxMessage.findMany({ where: { kind: "invitation", toAddress: { in: (await db.invitation.findMany({ where: { id: { in: ids } } })).flatMap((i) => (i.focalPointEmail ? [i.focalPointEmail] : [])) } } });
    expect(mails).toHaveLength(20);
    expect(new Set(mails.map((m) => m.toAddress)).size).toBe(20);
    // In the letter's language, the link sealed apart from the body.
    expect(mails[0].locale).toBe("ru");
    expect(mails[0].textBody).toContain("[[sign-in-link]]");
    expect(mails[0].textBody).not.toMatch(/invitation\/[A-Za-z0-9_-]{43}/);
    expect(mails[0].secret).toBeTruthy();
    expect(await db.invitation.count({ where: { editionId: e.id, status: "SENT" } })).toBe(20);
  });

  it("regenerates a link: the old hash is gone, a sent invitation's focal point gets the new one", async () => {
    const inv = await db.invitation.create({ data: { editionId, countryCode: null, organizationId: (await db.organization.create({ data: { acronym: `O${unique()}`, names: { en: "Org" } } })).id, status: "SENT", sentAt: new Date(), focalPointEmail: `o.${unique()}@example.org`, ...tokenColumns() } });
    const r = await regenerateLink({ actor: actors.ORGANIZER, input: { id: inv.id } });
    expect(r).toMatchObject({ ok: true, data: { mailed: true } });
    const after = await db.invitation.findUniqueOrThrow({ where: { id: inv.id } });
    expect(after.tokenHash).not.toBe(inv.tokenHash);
    expect(await db.outboxMessage.count({ where: { toAddress: inv.focalPointEmail!, kind: "invitation-new-link" } })).toBe(1);
  });
});

describe("the focal point's answer and nominations", () => {
  it("refuses a fourth member past a quota of 3 and a second head, with clear reasons", async () => {
    const inv = await acceptedInvitation("DE", 3);
    const by = link(inv);
    expect(await nominateDelegate({ actor: by, input: nominee(inv.id, { delegationRole: "HEAD" }) })).toMatchObject({ ok: true });
    expect(await nominateDelegate({ actor: by, input: nominee(inv.id, { delegationRole: "HEAD" }) })).toEqual({ ok: false, reason: "HEAD_TAKEN" });
    expect(await nominateDelegate({ actor: by, input: nominee(inv.id) })).toMatchObject({ ok: true });
    expect(await nominateDelegate({ actor: by, input: nominee(inv.id, { delegationRole: "ADVISER" }) })).toMatchObject({ ok: true });
    expect(await nominateDelegate({ actor: by, input: nominee(inv.id) })).toEqual({ ok: false, reason: "QUOTA_FULL" });
    const regs = await db.registration.findMany({ where: { invitationId: inv.id } });
    expect(regs).toHaveLength(3);
    expect(regs.every((r) => r.countryCode === "DE" && r.status === "PENDING" && r.consentVersion)).toBe(true);
    // Withdrawing frees a place; lowering the quota below the delegation is refused.
    expect(await updateInvitation({ actor: actors.ORGANIZER, input: { id: inv.id, quota: "2", letterLocale: "en" } })).toMatchObject({ ok: false, reason: "QUOTA_BELOW_DELEGATION" });
    expect(await withdrawNominee({ actor: by, input: { invitationId: inv.id, registrationId: regs[1].id } })).toMatchObject({ ok: true });
    expect(await nominateDelegate({ actor: by, input: nominee(inv.id) })).toMatchObject({ ok: true });
  });

  it("lets a link answer its own invitation only: not another country's, not its country's in another edition", async () => {
    const mine = await acceptedInvitation("IT", 3);
    const other = await acceptedInvitation("ES", 3);
    const otherEdition = await db.invitation.create({ data: { editionId: earlierId, countryCode: "IT", status: "ACCEPTED", sentAt: new Date(), respondedAt: new Date(), ...tokenColumns() } });
    const by = link(mine);
    expect(await nominateDelegate({ actor: by, input: nominee(other.id) })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await nominateDelegate({ actor: by, input: nominee(otherEdition.id) })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await respondToInvitation({ actor: by, input: { id: other.id, answer: "DECLINED" } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await confirmFocalPoint({ actor: by, input: { id: other.id, focalPointName: "X", focalPointEmail: "x@example.org", focalPointInstitution: "Y", letterLocale: "en" } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    // Nor can it act as the organizer.
    expect(await bulkInvitations({ actor: by, input: { editionId: nominationEditionId, op: "revoke", ids: [mine.id] } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    // A focal point's account: their own country only.
    const pk = await acceptedInvitation("PK", 3);
    expect(await nominateDelegate({ actor: actors.FOCAL_POINT, input: nominee(pk.id) })).toMatchObject({ ok: true });
    expect(await nominateDelegate({ actor: actors.FOCAL_POINT, input: nominee(mine.id) })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await nominateDelegate({ actor: actors.DELEGATE, input: nominee(pk.id) })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await db.registration.count({ where: { invitationId: { in: [other.id, otherEdition.id, mine.id] } } })).toBe(0);
  });

  it("refuses nominations before accepting and on a revoked link; declining needs an empty delegation", async () => {
    const inv = await db.invitation.create({ data: { editionId: nominationEditionId, countryCode: "NO", status: "SENT", sentAt: new Date(), ...tokenColumns() } });
    const by = link(inv);
    expect(await nominateDelegate({ actor: by, input: nominee(inv.id) })).toEqual({ ok: false, reason: "NOT_ACCEPTED" });
    expect(await respondToInvitation({ actor: by, input: { id: inv.id, answer: "ACCEPTED" } })).toMatchObject({ ok: true });
    expect(await nominateDelegate({ actor: by, input: nominee(inv.id) })).toMatchObject({ ok: true });
    expect(await respondToInvitation({ actor: by, input: { id: inv.id, answer: "DECLINED" } })).toEqual({ ok: false, reason: "HAS_DELEGATES" });
    await bulkInvitations({ actor: actors.ORGANIZER, input: { editionId: nominationEditionId, op: "revoke", ids: [inv.id] } });
    expect(await nominateDelegate({ actor: by, input: nominee(inv.id) })).toEqual({ ok: false, reason: "INVITATION_REVOKED" });
    const audit = await db.auditLog.findMany({ where: { entityId: inv.id, action: "invitation.respond" } });
    expect(audit[0].data).toMatchObject({ answer: "ACCEPTED", by: "link" });
  });

  it("50 concurrent nominations for a quota of 5: exactly 5 stored, one head at most", async () => {
    const inv = await acceptedInvitation("BR", 5);
    const by = link(inv);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => nominateDelegate({ actor: by, input: nominee(inv.id, { delegationRole: i % 5 === 0 ? "HEAD" : "MEMBER" }) })));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    const refused = new Set(results.flatMap((r) => (r.ok ? [] : [r.reason])));
    expect(refused.has("QUOTA_FULL")).toBe(true);
    for (const reason of refused) expect(["QUOTA_FULL", "HEAD_TAKEN"]).toContain(reason);
    const regs = await db.registration.findMany({ where: { invitationId: inv.id } });
    expect(regs).toHaveLength(5);
    expect(regs.filter((r) => r.delegationRole === "HEAD").length).toBeLessThanOrEqual(1);
  });

  it("control: the same count-then-insert without the row lock overbooks (so the test above can fail)", async () => {
    const inv = await acceptedInvitation("AR", 5);
    const gate = makeGate(8);
    // The nomination's logic without lockRow: every racer counts before any inserts.
    const unguarded = defineUseCase({
      name: "test.nominateWithoutLock",
      input: nominateInput,
      allows: () => true,
      load: (tx: Tx, input) => tx.invitation.findUnique({ where: { id: input.invitationId } }),
      authorize: () => true,
      async run({ tx, input, record, now }) {
        const count = await tx.registration.count({ where: { invitationId: record.id, status: { in: ["PENDING", "APPROVED", "WAITLISTED"] } } });
        await gate();
        if (count >= record.quota) return ok({ stored: false });
        await tx.registration.create({ data: { editionId: record.editionId, countryCode: record.countryCode, invitationId: record.id, givenName: input.givenName, familyName: input.familyName, email: input.email, delegationRole: "MEMBER", consentAt: now, consentVersion: "t", ...tokenColumns() } });
        return ok({ stored: true });
      },
      audit: () => null,
    });
    await Promise.all(Array.from({ length: 8 }, () => unguarded({ actor: actors.ORGANIZER, input: nominee(inv.id) })));
    expect(await db.registration.count({ where: { invitationId: inv.id } })).toBeGreaterThan(5);
  });
});

describe("reminders", () => {
  it("reminds once per interval however many workers run, and closes unanswered invitations when registration closes", async () => {
    const e = await db.edition.create({
      data: { seriesId, number: 500 + Math.floor(Math.random() * 400), theme: { en: "Reminders" }, timeZone: "UTC", startsAt: new Date("2027-11-09T01:00:00Z"), endsAt: new Date("2027-11-10T09:00:00Z"), capacity: 100, status: "REGISTRATION_OPEN", reminderAfterDays: 7, registrationOpensAt: new Date("2026-01-01T00:00:00Z"), registrationClosesAt: new Date("2027-10-01T00:00:00Z") },
    });
    const sentAt = new Date("2026-11-01T00:00:00Z");
    const codes = ["CL", "PE", "CO"];
    for (const countryCode of codes) await db.invitation.create({ data: { editionId: e.id, countryCode, status: "SENT", sentAt, focalPointEmail: `r.${countryCode.toLowerCase()}.${unique()}@example.org`, ...tokenColumns() } });
    await db.invitation.create({ data: { editionId: e.id, countryCode: "UY", status: "ACCEPTED", sentAt, respondedAt: sentAt, focalPointEmail: `r.uy.${unique()}@example.org`, ...tokenColumns() } });
    const now = new Date("2026-11-20T00:00:00Z");
    const runs = await Promise.all(Array.from({ length: 4 }, () => sendDueReminders({ actor: SYSTEM_ACTOR, input: {}, now })));
    expect(runs.every((r) => r.ok)).toBe(true);
    const reminded = await db.invitation.findMany({ where: { editionId: e.id, reminderCount: { gt: 0 } } });
    expect(reminded.map((i) => [i.countryCode, i.reminderCount]).sort()).toEqual([["CL", 1], ["CO", 1], ["PE", 1]]);
    const mails = await db.outboxMessage.count({ where: { kind: "invitation-reminder", toAddress: { in: reminded.map((i) => i.focalPointEmail!) } } });
    expect(mails).toBe(3);
    // Within the interval: nothing; after it: once more.
    await sendDueReminders({ actor: SYSTEM_ACTOR, input: {}, now: new Date("2026-11-26T00:00:00Z") });
    expect(await db.invitation.count({ where: { editionId: e.id, reminderCount: 2 } })).toBe(0);
    await sendDueReminders({ actor: SYSTEM_ACTOR, input: {}, now: new Date("2026-11-27T01:00:00Z") });
    expect(await db.invitation.count({ where: { editionId: e.id, reminderCount: 2 } })).toBe(3);
    // Only the system reminds on schedule.
    expect(await sendDueReminders({ actor: actors.ORGANIZER, input: {} })).toEqual({ ok: false, reason: "FORBIDDEN" });
    // Registration closed: unanswered → no answer; answered stays.
    await sendDueReminders({ actor: SYSTEM_ACTOR, input: {}, now: new Date("2027-10-02T00:00:00Z") });
    const states = await db.invitation.findMany({ where: { editionId: e.id }, orderBy: { countryCode: "asc" } });
    expect(states.map((i) => [i.countryCode, i.status])).toEqual([["CL", "NO_ANSWER"], ["CO", "NO_ANSWER"], ["PE", "NO_ANSWER"], ["UY", "ACCEPTED"]]);
  });
});

