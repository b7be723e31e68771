// What protects the data lives in the database: these writes must be refused by
// PostgreSQL itself, whatever the application code does.
import { tokenColumns } from "@/lib/secret-token";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../lib/db";
import { COUNTRIES } from "./data/countries";

const db = createDb(process.env.DATABASE_URL!);
let seriesId: string;
let editionId: string;

/** PostgreSQL's own error behind a Prisma or driver-adapter error: SQLSTATE and message. */
function postgresErrorOf(e: unknown): { code?: string; message?: string } {
  type Cause = { originalCode?: string; originalMessage?: string };
  const err = e as { cause?: Cause; meta?: { driverAdapterError?: { cause?: Cause } } };
  const cause = err?.meta?.driverAdapterError?.cause ?? err?.cause;
  return { code: cause?.originalCode, message: cause?.originalMessage };
}

/** The name of the constraint or unique index that refused the write, as PostgreSQL reports
 *  it (integrity violations, SQLSTATE class 23); undefined for any other failure. */
async function refusedBy(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    const { code, message } = postgresErrorOf(e);
    if (!code?.startsWith("23")) return undefined;
    return /constraint "([^"]+)"/.exec(message ?? "")?.[1];
  }
  throw new Error("the write was accepted");
}

/** SQLSTATE and message of the error that refused the write (for exceptions raised by triggers). */
async function raisedBy(p: Promise<unknown>): Promise<{ code?: string; message?: string }> {
  try {
    await p;
  } catch (e) {
    return postgresErrorOf(e);
  }
  throw new Error("the write was accepted");
}

beforeAll(async () => {
  await db.country.createMany({
    data: COUNTRIES.map((c) => ({ code: c.alpha2, alpha3: c.alpha3, numeric: c.numeric, unStatus: c.unStatus, nameEn: c.nameEn })),
    skipDuplicates: true,
  });
  const s = await db.series.create({ data: { slug: `c-${Date.now()}`, name: { en: "Constraint series" }, hostName: { en: "Host" } } });
  seriesId = s.id;
  const e = await db.edition.create({ data: { seriesId, number: 1, theme: { en: "Theme" }, timeZone: "Asia/Shanghai" } });
  editionId = e.id;
});
afterAll(() => db.$disconnect());

const registration = (over: Record<string, unknown> = {}) => ({
  editionId, givenName: "Ana", familyName: "Silva", email: `ana.${randomBytes(3).toString("hex")}@example.org`,
  consentAt: new Date(), consentVersion: "1", ...tokenColumns(), countryCode: "BR", ...over,
});

describe("database constraints", () => {
  it("refuses an edition that ends before it starts", async () => {
    expect(await refusedBy(db.edition.create({ data: { seriesId, number: 2, theme: { en: "T" }, timeZone: "UTC", startsAt: new Date("2030-01-02"), endsAt: new Date("2030-01-01") } }))).toBe("Edition_dates_ordered");
  });

  it("refuses a duplicate edition number in a series", async () => {
    expect(await refusedBy(db.edition.create({ data: { seriesId, number: 1, theme: { en: "T" }, timeZone: "UTC" } }))).toBe("Edition_seriesId_number_key");
  });

  it("refuses localized text without English", async () => {
    expect(await refusedBy(db.edition.create({ data: { seriesId, number: 3, theme: { fr: "Thème" }, timeZone: "UTC" } }))).toBe("Edition_theme_localized");
  });

  it("refuses to open registration without dates and capacity", async () => {
    expect(await refusedBy(db.edition.update({ where: { id: editionId }, data: { status: "REGISTRATION_OPEN" } }))).toBe("Edition_open_needs_dates_capacity");
  });

  it("refuses a quota of zero and a second invitation of one country", async () => {
    expect(await refusedBy(db.invitation.create({ data: { editionId, countryCode: "FR", quota: 0, ...tokenColumns() } }))).toBe("Invitation_quota_range");
    await db.invitation.create({ data: { editionId, countryCode: "FR", ...tokenColumns() } });
    expect(await refusedBy(db.invitation.create({ data: { editionId, countryCode: "FR", ...tokenColumns() } }))).toBe("Invitation_editionId_countryCode_key");
  });

  it("refuses an unknown country code", async () => {
    expect(await refusedBy(db.invitation.create({ data: { editionId, countryCode: "XX", ...tokenColumns() } }))).toBe("Invitation_countryCode_fkey");
  });

  it("allows one live registration per email, and one again after cancelling", async () => {
    const email = "dup@example.org";
    const first = await db.registration.create({ data: registration({ email }) });
    expect(await refusedBy(db.registration.create({ data: registration({ email }) }))).toBe("Registration_edition_email_active");
    await db.registration.update({ where: { id: first.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    await expect(db.registration.create({ data: registration({ email }) })).resolves.toMatchObject({ email });
  });

  it("allows exactly one head of delegation per country", async () => {
    await db.registration.create({ data: registration({ countryCode: "KZ", delegationRole: "HEAD" }) });
    expect(await refusedBy(db.registration.create({ data: registration({ countryCode: "KZ", delegationRole: "HEAD" }) }))).toBe("Registration_one_head_per_country");
    await expect(db.registration.create({ data: registration({ countryCode: "KZ", delegationRole: "MEMBER" }) })).resolves.toBeTruthy();
  });

  it("refuses upper-case emails and a waitlist position outside the waiting list", async () => {
    expect(await refusedBy(db.registration.create({ data: registration({ email: "Upper@Example.org" }) }))).toBe("Registration_email_lower");
    expect(await refusedBy(db.registration.create({ data: registration({ waitlistPosition: 1 }) }))).toBe("Registration_waitlist_position");
  });

  it("keeps the audit log append-only: the application's role may not change it, and a trigger stops even the owner", async () => {
    const entry = await db.auditLog.create({ data: { action: "test", entityType: "Edition", entityId: editionId } });
    const denied = (await raisedBy(db.auditLog.update({ where: { id: entry.id }, data: { action: "changed" } }))).code;
    expect(denied).toBe("42501"); // insufficient_privilege: plenary_app holds no UPDATE on it
    expect((await raisedBy(db.auditLog.delete({ where: { id: entry.id } }))).code).toBe("42501");
    expect((await raisedBy(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`))).code).toBe("42501");
    expect((await raisedBy(db.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`))).code).toBe("42501"); // must be owner
    expect((await raisedBy(db.$executeRawUnsafe(`DROP TABLE "RateLimit"`))).code).toBe("42501");
    // The owner (migrations) is stopped by trigger "AuditLog_append_only".
    const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await owner.connect();
    try {
      const ownerError = await owner.query(`UPDATE "AuditLog" SET action = 'changed' WHERE id = $1`, [entry.id]).then(() => null, (e: { code?: string; message?: string }) => ({ code: e.code, message: e.message }));
      expect(ownerError).toEqual({ code: "P0001", message: "AuditLog is append-only" });
    } finally {
      await owner.end();
    }
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe("test");
  });

  it("refuses a scheduled press release without a time", async () => {
    const user = await db.user.create({ data: { email: `p${Date.now()}@example.org`, role: "PRESS_OFFICER" } });
    const approved = { approvedById: user.id, approvedAt: new Date() };
    expect(await refusedBy(db.pressRelease.create({ data: { editionId, slug: `r-${Date.now()}`, status: "SCHEDULED", createdById: user.id, ...approved } }))).toBe("PressRelease_timed_has_time");
  });

  it("refuses an approved, scheduled or published release, or an approved translation, without an approver", async () => {
    const user = await db.user.create({ data: { email: `a${Date.now()}@example.org`, role: "PRESS_OFFICER" } });
    const at = new Date();
    for (const status of ["APPROVED", "EMBARGOED", "PUBLISHED"] as const) {
      const data = { editionId, slug: `r-${status.toLowerCase()}-${Date.now()}`, status, createdById: user.id, publishAt: at, publishedAt: at };
      expect(await refusedBy(db.pressRelease.create({ data })), status).toBe("PressRelease_approved_has_approver");
    }
    const draft = await db.pressRelease.create({ data: { editionId, slug: `r-draft-${Date.now()}`, createdById: user.id } });
    expect(await refusedBy(db.pressTranslation.create({ data: { releaseId: draft.id, locale: "fr", status: "APPROVED", title: "T", body: "B" } }))).toBe("PressTranslation_approved_has_approver");
  });
});
