// A real SMTP server for the app under test. Playwright's runner process keeps it up for
// the whole run; what it receives is written to test-results/mail for the tests to read.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startTestSmtp } from "../../scripts/lib/test-smtp";

export const MAIL_DIR = path.resolve(__dirname, "../../test-results/mail");

export default async function globalSetup() {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  mkdirSync(MAIL_DIR, { recursive: true });
  const smtp = await startTestSmtp(Number(process.env.E2E_SMTP_PORT ?? 2526), (mail, i) => {
    writeFileSync(path.join(MAIL_DIR, `${Date.now()}-${i}.json`), JSON.stringify(mail));
  });
  return async () => smtp.close();
}
