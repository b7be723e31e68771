import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

let cached: Transporter | null | undefined;

/** The SMTP transport from SMTP_URL, or null when no mail server is configured. */
export function smtpTransport(): Transporter | null {
  if (cached !== undefined) return cached;
  const url = env().SMTP_URL;
  cached = url ? nodemailer.createTransport(url) : null;
  return cached;
}

export function mailFrom(): string {
  return env().MAIL_FROM;
}
