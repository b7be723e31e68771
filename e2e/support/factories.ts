// Test data made the way users make it: through the app's own pages and use cases, never
// by writing rows directly. Reads (support/db.ts) only check what happened.
import { expect, type Browser } from "@playwright/test";
import { SignInPage } from "../pages/sign-in-page";
import { BOUNCING_DOMAIN } from "../../scripts/lib/test-smtp";
import { queryOne } from "./db";

/**
 * An email the outbox could not deliver: a sign-in link asked for a mailbox the mail
 * server refuses. Resolves once the worker has tried and failed, so it waits to be retried.
 */
export async function undeliveredMail(browser: Browser): Promise<{ id: string; nextAttemptAt: Date }> {
  const to = `nobody-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}@${BOUNCING_DOMAIN}`;
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const signIn = new SignInPage(await context.newPage());
    await signIn.open();
    await signIn.askForLink(to);
  } finally {
    await context.close();
  }
  let row: { id: string; status: string; attempts: number; nextAttemptAt: Date } | undefined;
  await expect
    .poll(async () => {
      row = await queryOne(`SELECT id, status::text, attempts, "nextAttemptAt" FROM "OutboxMessage" WHERE "toAddress" = $1`, [to]);
      return row ? `${row.status}/${row.attempts}` : "none";
    }, { timeout: 20_000 })
    .toBe("PENDING/1");
  return { id: row!.id, nextAttemptAt: row!.nextAttemptAt };
}
