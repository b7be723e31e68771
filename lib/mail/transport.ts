import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

let cached: Transporter | null | undefined;

/** The SMTP transport from SMTP_URL, or null when no mail server is configured. */
export function smtpTransport(): Transporter | null {
  if (cached !== undefined) return cached;
  const url = env().SMTP_URL;
  // Pooled: one SMTP connection carries many messages (a press list, 195 invitations).
  cached = url ? nodemailer.createTransport({ url, pool: true, maxConnections: 2 } as Parameters<typeof nodemailer.createTransport>[0]) : null;
  return cached;
}

export function mailFrom(): string {
  return env().MAIL_FROM;
}
