import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

const MAIL_DIR = path.resolve(__dirname, "../../test-results/mail");

/** The raw messages to `to` the test SMTP server received since `since`, oldest first. */
function caught(to: string, since: number): string[] {
  return readdirSync(MAIL_DIR)
    .sort()
    .filter((f) => Number(f.split("-")[0]) >= since)
    .map((f) => JSON.parse(readFileSync(path.join(MAIL_DIR, f), "utf8")) as { to: string[]; raw: string })
    .filter((m) => m.to.includes(to))
    .map((m) => m.raw);
}

/** Waits for a message to `to` received by the test SMTP server, and returns the latest one's raw text. */
export async function waitForMail(to: string, since: number): Promise<string> {
  let found = "";
  await expect.poll(() => (found = caught(to, since).at(-1) ?? ""), { timeout: 20_000, message: `an email to ${to}` }).not.toBe("");
  return found;
}

/** The decoded text of a raw message (quoted-printable soft breaks undone). */
export function decodeBody(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Waits for a message to `to` whose decoded text contains `text` (mails may arrive in any order), and returns that text. */
export async function waitForMailContaining(to: string, since: number, text: string): Promise<string> {
  let found = "";
  const poll = () => (found = caught(to, since).map(decodeUtf8Body).findLast((b) => b.includes(text)) ?? "");
  await expect.poll(poll, { timeout: 30_000, message: `an email to ${to} saying "${text}"` }).not.toBe("");
  return found;
}

/** The decoded text of a raw UTF-8 message: quoted-printable bytes put back together as UTF-8. */
export function decodeUtf8Body(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === "=" ? /^[0-9A-F]{2}$/.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i], "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}
