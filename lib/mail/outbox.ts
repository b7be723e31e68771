// The email outbox. A message is written in the same transaction as the change that causes
// it; a job delivers it later through SMTP, with retries, so nothing is lost when the mail
// server or the app restarts. Leases claimed with FOR UPDATE SKIP LOCKED let any number of
// workers share the work without sending a message twice or holding a transaction open
// during an SMTP exchange.
import { randomUUID } from "node:crypto";
import type { Transporter } from "nodemailer";
import type { DbOrTx, Db } from "@/lib/db";
import { openSecret, sealSecret, SECRET_LINK } from "./secret";

export interface MailInput {
  to: string;
  subject: string;
  text: string;
  html?: string;
  locale?: string;
  kind: string;
  /** What the message is about ("press:<release id>"), so that a change of mind can cancel it while it waits. */
  ref?: string;
  /** A link that must not rest in the body (sign-in): the text holds SECRET_LINK in its place. */
  secretLink?: string;
}

export const MAX_ATTEMPTS = 8;

/** Writes a message to the outbox. Pass the transaction of the change that causes it. */
export async function enqueueMail(tx: DbOrTx, mail: MailInput) {
  return tx.outboxMessage.create({
    data: {
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html,
      locale: mail.locale ?? "en",
      kind: mail.kind,
      ref: mail.ref ?? null,
      secret: mail.secretLink ? sealSecret(mail.secretLink) : null,
    },
    select: { id: true },
  });
}

/** Writes several messages in one statement (a press list of any length). */
export async function enqueueMails(tx: DbOrTx, mails: MailInput[]) {
  if (mails.length === 0) return;
  await tx.outboxMessage.createMany({
    data: mails.map((m) => ({ toAddress: m.to, subject: m.subject, textBody: m.text, htmlBody: m.html, locale: m.locale ?? "en", kind: m.kind, ref: m.ref ?? null, secret: m.secretLink ? sealSecret(m.secretLink) : null })),
  });
}

/** Exponential backoff: 30 s, 1 min, 2 min … capped at 1 hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export interface DeliveryReport {
  sent: number;
  failed: number;
}

interface ClaimedMessage {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  attempts: number;
  secret: string | null;
}

/** How long a worker may hold claimed messages before another worker may take them. */
export const LEASE_MS = 5 * 60_000;
const BATCH = 10;

/**
 * Delivers due messages. A batch is claimed with a lease in one statement (status SENDING,
 * leaseId, leaseUntil; FOR UPDATE SKIP LOCKED), so concurrent workers take different
 * messages; each is sent outside any transaction and then marked — only while the lease
 * is still this worker's, so a message is marked once. A worker that dies mid-send holds
 * no lock: its lease expires and another worker takes the message.
 */
export async function deliverDueMail(opts: { db: Db; transport: Transporter; from: string; now?: Date; limit?: number; leaseMs?: number }): Promise<DeliveryReport> {
  const { db, transport, from } = opts;
  const report: DeliveryReport = { sent: 0, failed: 0 };
  const limit = opts.limit ?? 50;
  while (report.sent + report.failed < limit) {
    const now = opts.now ?? new Date();
    const leaseId = randomUUID();
    const leaseUntil = new Date(now.getTime() + (opts.leaseMs ?? LEASE_MS));
    const take = Math.min(BATCH, limit - report.sent - report.failed);
    const claimed = await db.$queryRaw<ClaimedMessage[]>`
      UPDATE "OutboxMessage" m SET status = 'SENDING', "leaseId" = ${leaseId}, "leaseUntil" = ${leaseUntil}
      FROM (
        SELECT id FROM "OutboxMessage"
        WHERE (status = 'PENDING' AND "nextAttemptAt" <= ${now}) OR (status = 'SENDING' AND "leaseUntil" < ${now})
        ORDER BY "createdAt" LIMIT ${take} FOR UPDATE SKIP LOCKED
      ) c
      WHERE m.id = c.id
      RETURNING m.id, m."toAddress", m.subject, m."textBody", m."htmlBody", m.attempts, m.secret`;
    if (claimed.length === 0) break;
    // The batch goes out at once: the pooled transport spreads it over its connections.
    await Promise.all(claimed.map(async (msg) => {
      const mine = { id: msg.id, leaseId, status: "SENDING" as const };
      const release = { leaseId: null, leaseUntil: null };
      try {
        const reveal = (body: string) => (msg.secret ? body.replaceAll(SECRET_LINK, openSecret(msg.secret)) : body);
        const info = await transport.sendMail({ from, to: msg.toAddress, subject: msg.subject, text: reveal(msg.textBody), html: msg.htmlBody ? reveal(msg.htmlBody) : undefined, headers: { "X-Plenary-Message": msg.id } });
        // Delivered: the link is erased; the stored body never held it.
        await db.outboxMessage.updateMany({ where: mine, data: { ...release, status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, messageId: info.messageId, lastError: null, secret: null } });
        report.sent++;
      } catch (e) {
        const attempts = msg.attempts + 1;
        await db.outboxMessage.updateMany({
          where: mine,
          data: {
            ...release,
            attempts,
            status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
            ...(attempts >= MAX_ATTEMPTS ? { secret: null } : {}),
            nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
            // The SMTP server's answer, for the organizer's outbox page (never a stack).
            lastError: (e instanceof Error ? e.message : String(e)).slice(0, 500),
          },
        });
        report.failed++;
      }
    }));
  }
  return report;
}
