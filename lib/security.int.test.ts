// The security review's fixes that live below the pages, against a real PostgreSQL and a
// real SMTP server: sessions that end, sign-in links that never rest in the outbox,
// shared rate limits, the operator's account command, and refused sign-ins on record.
import { createHash, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { SYSTEM_ACTOR, type Actor } from "@/lib/access/policy";
import { deliverDueMail, enqueueMail } from "@/lib/mail/outbox";
import { SECRET_LINK } from "@/lib/mail/secret";
import { allowAttempt } from "@/lib/rate-limit";
import { closeSession, isSessionLive, openSession } from "@/lib/sessions";
import { createUser, issueSignInLink } from "@/lib/accounts/mutations";
import { normalizeEmailIdentifier } from "@/lib/magic-link";
import { authConfig, DUMMY_HASH } from "@/lib/auth";
import { startTestSmtp, type TestSmtp } from "@/scripts/lib/test-smtp";

const db = getDb();
const unique = () => randomBytes(4).toString("hex");
let smtp: TestSmtp;
let organizer: Actor;

beforeAll(async () => {
  smtp = await startTestSmtp();
  const u = await db.user.create({ data: { email: `org.${unique()}@example.org`, role: "ORGANIZER" } });
  organizer = { id: u.id, email: u.email, name: null, role: "ORGANIZER", countryCode: null };
});
afterAll(async () => {
  await smtp.close();
  await db.$disconnect();
});

describe("sessions", () => {
  it("end at sign-out, when the user is disabled, and 12 hours after a back-office sign-in", async () => {
    const user = await db.user.create({ data: { email: `s.${unique()}@example.org`, role: "REVIEWER" } });
    const t0 = new Date();
    const sid = await openSession(user.id, t0);
    expect(await isSessionLive(sid, user.id)).toBe(true);
    expect(await isSessionLive(sid, "someone-else")).toBe(false);
    expect(await isSessionLive(sid, user.id, new Date(t0.getTime() + 11.9 * 3_600_000))).toBe(true);
    expect(await isSessionLive(sid, user.id, new Date(t0.getTime() + 12.1 * 3_600_000))).toBe(false);
    // Only a digest is stored: the id in the cookie is not in the table.
    expect(await db.session.count({ where: { sessionToken: sid! } })).toBe(0);
    await closeSession(sid);
    expect(await isSessionLive(sid, user.id)).toBe(false);

    const other = await openSession(user.id);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await isSessionLive(other, user.id)).toBe(false);
    expect(await openSession(user.id)).toBeNull();
  });

  it("last a week for delegates", async () => {
    const user = await db.user.create({ data: { email: `d.${unique()}@example.org`, role: "DELEGATE" } });
    const t0 = new Date();
    const sid = await openSession(user.id, t0);
    expect(await isSessionLive(sid, user.id, new Date(t0.getTime() + 6 * 24 * 3_600_000))).toBe(true);
  });
});

describe("sign-in links in the outbox", () => {
  it("are never stored in a body, reach the recipient, and are erased once sent", async () => {
    const link = `http://localhost:3999/en/sign-in/confirm?token=${unique()}${unique()}&email=x%40example.org`;
    const to = `link.${unique()}@example.org`;
    const { id } = await enqueueMail(db, { to, subject: "Your sign-in link", text: `Open ${SECRET_LINK} within 10 minutes.`, kind: "magic-link", secretLink: link });
    const stored = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(stored)).not.toContain(link);
    expect(stored.textBody).toContain(SECRET_LINK);
    expect(stored.secret).toBeTruthy();
    const transport = nodemailer.createTransport({ host: "127.0.0.1", port: smtp.port, secure: false, ignoreTLS: true });
    // Other test files share this database and queue mail of their own: deliver until ours is out.
    for (let round = 0; round < 100 && (await db.outboxMessage.findUniqueOrThrow({ where: { id } })).status !== "SENT"; round++) {
      await deliverDueMail({ db, transport, from: "plenary@example.org" });
    }
    const received = smtp.messages.find((m) => m.to.includes(to));
    expect(received?.raw.replace(/=\r?\n/g, "")).toContain("token=");
    const sent = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(sent).toMatchObject({ status: "SENT", secret: null });
    expect(JSON.stringify(sent)).not.toContain("token=");
  });
});

describe("rate limits, shared through PostgreSQL", () => {
  it("stop an account after its attempts, and an address after its own, whoever asks", async () => {
    const email = `rl.${unique()}@example.org`;
    const results: boolean[] = [];
    for (let i = 0; i < 7; i++) results.push(await allowAttempt("signInPassword", { email, address: `10.0.${i}.1` }));
    expect(results).toEqual([true, true, true, true, true, false, false]);
    const address = `192.0.2.${Math.floor(Math.random() * 250)}`;
    const byAddress: boolean[] = [];
    for (let i = 0; i < 21; i++) byAddress.push(await allowAttempt("signInEmail", { email: `a${i}.${unique()}@example.org`, address }));
    expect(byAddress.filter(Boolean)).toHaveLength(20);
    expect(byAddress.at(-1)).toBe(false);
    // Keys are digests: no address in the table.
    expect(await db.rateLimit.count({ where: { key: { contains: email } } })).toBe(0);
    expect(await db.rateLimit.count({ where: { key: { contains: createHash("sha256").update(email).digest("base64url") } } })).toBe(1);
  });
});

describe("email identifiers", () => {
  it("are exactly one address", () => {
    expect(normalizeEmailIdentifier(" Ana@Example.org ")).toBe("ana@example.org");
    for (const bad of ["a@x.test,b@y.test", "a@x.test;b@y.test", "a@x.test b@y.test", "a@x.test\nb@y.test", "<a@x.test>", "not-an-address", "victim\uFF20example.org@attacker.test"]) {
      expect(() => normalizeEmailIdentifier(bad), bad).toThrow();
    }
  });
});

describe("password sign-in", () => {
  const credentials = authConfig.providers[1] as unknown as { options: { authorize: (raw: unknown, request: Request) => Promise<unknown> } };
  const authorize = (email: string, password: string) =>
    credentials.options.authorize({ email, password }, new Request("http://localhost/", { headers: { "x-forwarded-for": "198.51.100.7" } }));

  it("compares an unknown address against a real bcrypt hash of the same cost, so timing does not tell", () => {
    expect(bcrypt.getRounds(DUMMY_HASH)).toBe(10);
  });

  it("is refused for a wrong password or an unknown address alike, on record without the password", async () => {
    const email = `pw.${unique()}@example.org`;
    await db.user.create({ data: { email, role: "DELEGATE", passwordHash: await bcrypt.hash("right-password", 10) } });
    expect(await authorize(email, "wrong-password")).toBeNull();
    expect(await authorize(`nobody.${unique()}@example.org`, "wrong-password")).toBeNull();
    expect(await authorize(email, "right-password")).toMatchObject({ email });
    const refusals = await db.auditLog.findMany({ where: { action: "auth.signInRefused", entityId: email } });
    expect(refusals).toHaveLength(1);
    expect(JSON.stringify(refusals.map((r) => r.data))).not.toContain("wrong-password");
    expect(refusals[0].data).toMatchObject({ address: "198.51.100.7", reason: "badPassword" });
  });
});

describe("the operator's account command", () => {
  it("creates an account and a one-time link only for the operator, never for an organizer", async () => {
    const email = `first.${unique()}@example.org`;
    expect(await createUser({ actor: organizer, input: { email, role: "ORGANIZER" } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(await db.user.count({ where: { email } })).toBe(0);
    const created = await createUser({ actor: SYSTEM_ACTOR, input: { email, role: "ORGANIZER", name: "First Organizer" } });
    expect(created).toMatchObject({ ok: true, data: { email, role: "ORGANIZER", created: true } });
    expect(await issueSignInLink({ actor: organizer, input: { email } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    const link = await issueSignInLink({ actor: SYSTEM_ACTOR, input: { email } });
    if (!link.ok) throw new Error(link.reason);
    const url = new URL(link.data.url);
    expect(url.pathname).toBe("/en/sign-in/confirm");
    const token = url.searchParams.get("token")!;
    // Stored as Auth.js stores its own: hashed with the secret, never as it is in the link.
    expect(await db.verificationToken.count({ where: { token } })).toBe(0);
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(1);
    expect(await createUser({ actor: SYSTEM_ACTOR, input: { email: "a@x.test,b@y.test", role: "ORGANIZER" } })).toMatchObject({ ok: false, reason: "INVALID_INPUT" });
  });

  it("ends every session of an account whose role it changes", async () => {
    const email = `role.${unique()}@example.org`;
    const made = await createUser({ actor: SYSTEM_ACTOR, input: { email, role: "REVIEWER" } });
    if (!made.ok) throw new Error(made.reason);
    const sid = await openSession(made.data.id);
    expect(await isSessionLive(sid, made.data.id)).toBe(true);
    await createUser({ actor: SYSTEM_ACTOR, input: { email, role: "DELEGATE" } });
    expect(await isSessionLive(sid, made.data.id)).toBe(false);
  });
});
