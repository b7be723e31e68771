// The email outbox. A message is written in the same transaction as the change that causes
// it; a job delivers it later through SMTP, with retries, so nothing is lost when the mail
// server or the app restarts. Row locks (FOR UPDATE SKIP LOCKED) let any number of workers
// share the work without sending a message twice.
import type { Transporter } from "nodemailer";
import type { DbOrTx, Db } from "@/lib/db";

export interface MailInput {
  to: string;
  subject: string;
  text: string;
  html?: string;
  locale?: string;
  kind: string;
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
    },
    select: { id: true },
  });
}

/** Writes several messages in one statement (a press list of any length). */
export async function enqueueMails(tx: DbOrTx, mails: MailInput[]) {
  if (mails.length === 0) return;
  await tx.outboxMessage.createMany({
    data: mails.map((m) => ({ toAddress: m.to, subject: m.subject, textBody: m.text, htmlBody: m.html, locale: m.locale ?? "en", kind: m.kind })),
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

/**
 * Delivers due messages one at a time. Each message is locked for the duration of its
 * SMTP exchange, so concurrent workers skip it; it is marked SENT in that same transaction.
 */
export async function deliverDueMail(opts: { db: Db; transport: Transporter; from: string; now?: Date; limit?: number }): Promise<DeliveryReport> {
  const { db, transport, from } = opts;
  const now = opts.now ?? new Date();
  const report: DeliveryReport = { sent: 0, failed: 0 };
  for (let i = 0; i < (opts.limit ?? 50); i++) {
    const outcome = await db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "OutboxMessage"
          WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
          ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
        const id = rows[0]?.id;
        if (!id) return "empty" as const;
        const msg = await tx.outboxMessage.findUniqueOrThrow({ where: { id } });
        try {
          const info = await transport.sendMail({
            from,
            to: msg.toAddress,
            subject: msg.subject,
            text: msg.textBody,
            html: msg.htmlBody ?? undefined,
            headers: { "X-Plenary-Message": msg.id },
          });
          await tx.outboxMessage.update({
            where: { id },
            data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, messageId: info.messageId, lastError: null },
          });
          return "sent" as const;
        } catch (e) {
          const attempts = msg.attempts + 1;
          await tx.outboxMessage.update({
            where: { id },
            data: {
              attempts,
              status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
              nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)),
              lastError: (e instanceof Error ? e.message : String(e)).slice(0, 500),
            },
          });
          return "failed" as const;
        }
      },
      { timeout: 60_000 },
    );
    if (outcome === "empty") break;
    report[outcome]++;
  }
  return report;
}
