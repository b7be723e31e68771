import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

const MAIL_DIR = path.resolve(__dirname, "../../test-results/mail");

/** Waits for a message to `to` received by the test SMTP server, and returns its raw text. */
export async function waitForMail(to: string, since: number): Promise<string> {
  let found = "";
  await expect
    .poll(
      () => {
        for (const f of readdirSync(MAIL_DIR).sort()) {
          if (Number(f.split("-")[0]) < since) continue;
          const m = JSON.parse(readFileSync(path.join(MAIL_DIR, f), "utf8")) as { to: string[]; raw: string };
          if (m.to.includes(to)) found = m.raw;
        }
        return found;
      },
      { timeout: 20_000, message: `an email to ${to}` },
    )
    .not.toBe("");
  return found;
}

/** The decoded text of a raw message (quoted-printable soft breaks undone). */
export function decodeBody(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}
