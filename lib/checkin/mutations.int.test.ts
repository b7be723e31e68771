// Arrivals against a real PostgreSQL: one per registration per day whatever the number of
// desks scanning at once (the database's unique index decides), a desk's sync sent twice
// records once, unapproved or unknown badges are refused, and only desk staff and the
// secretariat may record.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/access/policy";
import type { Role } from "@/lib/generated/prisma/enums";
import { tokenColumns } from "@/lib/secret-token";
import { badgeToken } from "@/lib/badges/token";
import { recordArrivals } from "./mutations";

const db = getDb();
const actors = {} as Record<Role, Actor>;
let editionId: string;
const unique = () => randomBytes(4).toString("hex");

async function registration(status: "APPROVED" | "PENDING" | "CANCELLED" = "APPROVED") {
  return db.registration.create({
    data: {
      editionId, givenName: "Amina", familyName: `Diallo ${unique()}`, email: `c.${unique()}@example.org`, countryCode: "SN", status, consentAt: new Date(), consentVersion: "t",
      ...(status === "CANCELLED" ? { cancelledAt: new Date() } : {}), ...tokenColumns(),
    },
  });
}
const scan = (token: string, at = new Date()) => ({ clientRef: randomUUID(), token, method: "QR" as const, scannedAt: at.toISOString() });
const arrivals = (registrationId: string) => db.checkIn.count({ where: { registrationId } });

beforeAll(async () => {
  await db.country.upsert({ where: { code: "SN" }, update: {}, create: { code: "SN", alpha3: "SEN", numeric: "686", unStatus: "MEMBER", nameEn: "Senegal" } });
  for (const role of ["ORGANIZER", "CHECKIN", "REVIEWER", "DELEGATE", "PRESS_OFFICER"] as Role[]) {
    const u = await db.user.create({ data: { email: `${role.toLowerCase()}.${unique()}@example.org`, role } });
    actors[role] = { id: u.id, email: u.email, name: null, role, countryCode: null };
  }
  const s = await db.series.create({ data: { slug: `ci-${unique()}`, name: { en: "Seminar" }, hostName: { en: "CIIS" } } });
  editionId = (await db.edition.create({ data: { seriesId: s.id, number: 1, theme: { en: "T" }, timeZone: "Asia/Shanghai", startsAt: new Date(), endsAt: new Date(Date.now() + 86400_000), capacity: 100, status: "HELD" } })).id;
});
afterAll(() => db.$disconnect());

describe("arrivals", () => {
  it("ten desks scanning one badge at once record one arrival; the others are told when and where", async () => {
    const r = await registration();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => recordArrivals({ actor: actors.CHECKIN, input: { editionId, desk: `D${i}`, items: JSON.stringify([scan(badgeToken(r.id))]) } })),
    );
    const outcomes = results.map((x) => (x.ok ? x.data.results[0].outcome : x.reason));
    expect(outcomes.filter((o) => o === "recorded")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "already")).toHaveLength(9);
    expect(await arrivals(r.id)).toBe(1);
    const first = await db.checkIn.findFirstOrThrow({ where: { registrationId: r.id } });
    for (const x of results) if (x.ok && x.data.results[0].outcome === "already") expect(x.data.results[0]).toMatchObject({ firstDesk: first.desk, firstAt: first.scannedAt.toISOString() });
    expect(await db.auditLog.count({ where: { entityId: r.id, action: "checkin.record" } })).toBe(1);
  });

  it("a desk's queue sent twice records each arrival once; two offline desks with one badge record it once", async () => {
    const [a, b, c] = [await registration(), await registration(), await registration()];
    const deskA = [scan(badgeToken(a.id), new Date(Date.now() - 60_000)), scan(badgeToken(b.id), new Date(Date.now() - 50_000))];
    const deskB = [scan(badgeToken(b.id), new Date(Date.now() - 40_000)), scan(badgeToken(c.id), new Date(Date.now() - 30_000))];
    const first = await recordArrivals({ actor: actors.CHECKIN, input: { editionId, desk: "A", items: JSON.stringify(deskA) } });
    const again = await recordArrivals({ actor: actors.CHECKIN, input: { editionId, desk: "A", items: JSON.stringify(deskA) } });
    const second = await recordArrivals({ actor: actors.CHECKIN, input: { editionId, desk: "B", items: JSON.stringify(deskB) } });
    expect(first.ok && first.data.results.map((x) => x.outcome)).toEqual(["recorded", "recorded"]);
    expect(again.ok && again.data.results.map((x) => x.outcome)).toEqual(["recorded", "recorded"]);
    expect(second.ok && second.data.results.map((x) => x.outcome)).toEqual(["already", "recorded"]);
    expect(second.ok && second.data.results[0]).toMatchObject({ firstDesk: "A", firstAt: deskA[1].scannedAt });
    expect(await db.checkIn.count({ where: { registrationId: { in: [a.id, b.id, c.id] } } })).toBe(3);
  });

  it("refuses unapproved, cancelled, forged and another edition's badges, and records nothing", async () => {
    const [pending, cancelled] = [await registration("PENDING"), await registration("CANCELLED")];
    const forged = `${pending.id}.${"A".repeat(22)}`;
    const r = await recordArrivals({ actor: actors.CHECKIN, input: { editionId, desk: "A", items: JSON.stringify([scan(badgeToken(pending.id)), scan(badgeToken(cancelled.id)), scan(forged), scan("nonsense")]) } });
    expect(r.ok && r.data.results.map((x) => [x.outcome, x.status ?? null])).toEqual([["notApproved", "PENDING"], ["notApproved", "CANCELLED"], ["unknown", null], ["unknown", null]]);
    expect(await db.checkIn.count({ where: { registrationId: { in: [pending.id, cancelled.id] } } })).toBe(0);
  });

  it("only desk staff and the secretariat record arrivals", async () => {
    const r = await registration();
    for (const role of ["REVIEWER", "DELEGATE", "PRESS_OFFICER"] as Role[]) {
      expect(await recordArrivals({ actor: actors[role], input: { editionId, desk: "A", items: JSON.stringify([scan(badgeToken(r.id))]) } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    }
    expect(await arrivals(r.id)).toBe(0);
    expect(await recordArrivals({ actor: actors.ORGANIZER, input: { editionId, desk: "A", items: JSON.stringify([scan(badgeToken(r.id))]) } })).toMatchObject({ ok: true });
    expect(await arrivals(r.id)).toBe(1);
  });
});
