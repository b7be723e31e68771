// Each role is refused what it must not do — by the server, whatever the browser sends.
import { expect, test } from "@playwright/test";
import { actionId, postAction } from "./support/actions";
import { queryOne } from "./support/db";
import { undeliveredMail } from "./support/factories";
import { storageState } from "./support/roles";

const ORGANIZER_PAGES = ["/en/admin", "/en/admin/editions", "/en/admin/countries", "/en/admin/registrations", "/en/admin/outbox"];

test.describe("a delegate", () => {
  test.use({ storageState: storageState("delegate") });

  for (const path of ORGANIZER_PAGES) {
    test(`is refused ${path}`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Organizer area" })).toHaveCount(0);
    });
  }

  test("is refused when posting to an organizer action directly, and nothing changes", async ({ page, browser }) => {
    const message = await undeliveredMail(browser);
    const id = actionId("lib/mail/actions.ts", "retryOutboxMessage");
    const res = await postAction(page.request, "/en/admin/outbox", id, [null, { id: message.id }]);
    expect(res.body).toContain('{"ok":false,"reason":"FORBIDDEN"');
    const after = await queryOne<{ status: string; nextAttemptAt: Date }>(`SELECT status, "nextAttemptAt" FROM "OutboxMessage" WHERE id = $1`, [message.id]);
    expect(after).toEqual({ status: "PENDING", nextAttemptAt: message.nextAttemptAt });
    const audit = await queryOne<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'outbox.retry' AND "entityId" = $1`, [message.id]);
    expect(audit.n).toBe(0);
  });
});

test.describe("an organizer", () => {
  test.use({ storageState: storageState("organizer") });

  test("may retry the same message through the same action", async ({ page, browser }) => {
    const message = await undeliveredMail(browser);
    const res = await postAction(page.request, "/en/admin/outbox", actionId("lib/mail/actions.ts", "retryOutboxMessage"), [null, { id: message.id }]);
    expect(res.body).toContain('{"ok":true,"data":{"id":"' + message.id + '"}}');
    const audit = await queryOne<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'outbox.retry' AND "entityId" = $1`, [message.id]);
    expect(audit.n).toBe(1);
  });

  test("sees the organizer navigation", async ({ page }) => {
    await page.goto("/en/admin");
    const nav = page.getByRole("navigation", { name: "Organizer area" });
    for (const name of ["Editions", "Countries", "Registrations", "Newsroom", "Email outbox"]) await expect(nav.getByRole("link", { name })).toBeVisible();
  });
});

for (const role of ["press", "focal"] as const) {
  test.describe(`a ${role === "press" ? "press officer" : "focal point"}`, () => {
    test.use({ storageState: storageState(role) });
    test("is refused the outbox and the countries list", async ({ page }) => {
      expect((await page.goto("/en/admin/outbox"))?.status()).toBe(403);
      expect((await page.goto("/en/admin/countries"))?.status()).toBe(403);
    });
  });
}

test("an anonymous visitor is sent to sign in, and the action refuses them", async ({ page }) => {
  await page.goto("/en/admin/outbox");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fadmin/);
  const res = await postAction(page.request, "/en/admin/outbox", actionId("lib/mail/actions.ts", "retryOutboxMessage"), [null, { id: "x" }]);
  expect(res.body).toContain('{"ok":false,"reason":"UNAUTHENTICATED"}');
});
