// A message written to the outbox survives an SMTP server that is down at first, and is
// delivered exactly once when it comes up, even with several workers racing for it.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import nodemailer from "nodemailer";
import { createDb } from "@/lib/db";
import { deliverDueMail, enqueueMail } from "./outbox";
import { startTestSmtp, type TestSmtp } from "@/scripts/lib/test-smtp";

const db = createDb(process.env.DATABASE_URL!);
let smtp: TestSmtp | undefined;
afterAll(async () => {
  await smtp?.close();
  await db.$disconnect();
});
beforeEach(async () => {
  await db.outboxMessage.deleteMany();
});

describe("email outbox", () => {
  it("keeps a message while the SMTP server is down and delivers it once when it is up", async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true, connectionTimeout: 2000 });
    await db.$transaction(async (tx) => {
      await enqueueMail(tx, { to: "delegate@example.org", subject: "Your registration", text: "Approved.", kind: "test" });
    });

    const down = await deliverDueMail({ db, transport, from: "plenary@example.org" });
    expect(down).toEqual({ sent: 0, failed: 1 });
    const waiting = await db.outboxMessage.findFirstOrThrow();
    expect(waiting.status).toBe("PENDING");
    expect(waiting.attempts).toBe(1);
    expect(waiting.lastError).toBeTruthy();
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    smtp = await startTestSmtp(port);
    // Not yet due: the backoff holds it back.
    expect(await deliverDueMail({ db, transport, from: "plenary@example.org" })).toEqual({ sent: 0, failed: 0 });
    const later = new Date(Date.now() + 60 * 60 * 1000);
    expect(await deliverDueMail({ db, transport, from: "plenary@example.org", now: later })).toEqual({ sent: 1, failed: 0 });
    expect(await deliverDueMail({ db, transport, from: "plenary@example.org", now: later })).toEqual({ sent: 0, failed: 0 });

    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0].to).toEqual(["delegate@example.org"]);
    expect(smtp.messages[0].raw).toContain("Subject: Your registration");
    const sent = await db.outboxMessage.findFirstOrThrow();
    expect(sent.status).toBe("SENT");
    expect(sent.sentAt).not.toBeNull();
  });

  it("sends each message exactly once when workers race", async () => {
    const server = smtp ?? (smtp = await startTestSmtp(20000 + Math.floor(Math.random() * 20000)));
    server.messages.length = 0;
    for (let i = 0; i < 12; i++) await enqueueMail(db, { to: `d${i}@example.org`, subject: `M${i}`, text: "x", kind: "test" });
    const transport = () => nodemailer.createTransport({ host: "127.0.0.1", port: server.port, secure: false, ignoreTLS: true });
    const reports = await Promise.all([0, 1, 2, 3].map(() => deliverDueMail({ db, transport: transport(), from: "plenary@example.org" })));
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(12);
    expect(server.messages).toHaveLength(12);
    expect(new Set(server.messages.map((m) => m.to[0])).size).toBe(12);
    expect(await db.outboxMessage.count({ where: { status: "SENT" } })).toBe(12);
  });

  it("holds no transaction during an SMTP exchange, and a worker that dies mid-send frees its lease", async () => {
    const server = smtp ?? (smtp = await startTestSmtp(20000 + Math.floor(Math.random() * 20000)));
    server.messages.length = 0;
    await enqueueMail(db, { to: "stuck@example.org", subject: "Stuck", text: "x", kind: "test" });
    // A worker whose SMTP exchange never ends (it "dies" holding the message).
    const hanging = { sendMail: () => new Promise<never>(() => {}) } as unknown as Parameters<typeof deliverDueMail>[0]["transport"];
    void deliverDueMail({ db, transport: hanging, from: "plenary@example.org", leaseMs: 60_000 });
    await expect.poll(async () => (await db.outboxMessage.findFirstOrThrow()).status).toBe("SENDING");
    const idleInTx = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`;
    expect(idleInTx[0].n).toBe(0);
    const transport = nodemailer.createTransport({ host: "127.0.0.1", port: server.port, secure: false, ignoreTLS: true });
    // While the lease runs, nobody else takes the message…
    expect(await deliverDueMail({ db, transport, from: "plenary@example.org" })).toEqual({ sent: 0, failed: 0 });
    // …once it has expired, another worker sends it, once.
    const afterLease = new Date(Date.now() + 61_000);
    expect(await deliverDueMail({ db, transport, from: "plenary@example.org", now: afterLease })).toEqual({ sent: 1, failed: 0 });
    expect(await deliverDueMail({ db, transport, from: "plenary@example.org", now: afterLease })).toEqual({ sent: 0, failed: 0 });
    expect(server.messages.map((m) => m.to[0])).toEqual(["stuck@example.org"]);
    const sent = await db.outboxMessage.findFirstOrThrow();
    expect(sent).toMatchObject({ status: "SENT", leaseId: null, leaseUntil: null });
  });

  it("writes nothing when the transaction that causes the message fails", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueMail(tx, { to: "x@example.org", subject: "S", text: "T", kind: "test" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.outboxMessage.count()).toBe(0);
  });
});
