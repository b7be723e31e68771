// The security review, tried against the running production build: sessions that end,
// sign-in links no page shows, limits on guessing, one address per link, the content
// security policy, and the operator's way in.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { queryOne } from "./support/db";
import { DEMO_PASSWORD, storageState } from "./support/roles";

const anonymous = { storageState: { cookies: [], origins: [] } };

test("a copied session cookie stops working at sign-out, on every instance", async ({ browser }) => {
  const context = await browser.newContext(anonymous);
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.withPassword("organizer@plenary.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/en\/admin$/);
  const copied = await context.cookies();

  const thief = await browser.newContext(anonymous);
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/en/admin");
  await expect(stolen.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.locator("[data-account-menu='anonymous']")).toBeVisible();
  await stolen.goto("/en/admin");
  await expect(stolen).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await context.close();
  await thief.close();
});

test("no page shows a sign-in link: an organizer cannot sign in as the reviewer", async ({ browser }) => {
  const visitor = await (await browser.newContext(anonymous)).newPage();
  const signIn = new SignInPage(visitor);
  await signIn.open();
  await signIn.askForLink("reviewer@plenary.test");
  const stored = await queryOne<{ textBody: string; secret: string | null }>(
    `SELECT "textBody", secret FROM "OutboxMessage" WHERE "toAddress" = 'reviewer@plenary.test' AND kind = 'magic-link' ORDER BY "createdAt" DESC LIMIT 1`,
  );
  expect(stored.textBody).not.toContain("token=");

  const organizer = await (await browser.newContext({ storageState: storageState("organizer") })).newPage();
  await organizer.goto("/en/admin/outbox");
  await expect(organizer.getByText("reviewer@plenary.test").first()).toBeVisible();
  const html = await organizer.content();
  expect(html).not.toContain("token=");
  expect(html).not.toContain("/sign-in/confirm");
  // The placeholder inside that very message (other messages in the outbox carry it too, folded).
  const message = organizer.locator("details", { has: organizer.getByText("Your sign-in link for Plenary") }).first();
  await message.locator("summary").click();
  await expect(message.getByText("[sign-in link — shown only to its recipient]")).toBeVisible();
});

test("guessing a password is stopped after five tries for one account, with the same answer for any address", async ({ browser }) => {
  const page = await (await browser.newContext(anonymous)).newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  const target = `nobody-${Date.now().toString(36)}@plenary.test`;
  for (let i = 0; i < 5; i++) {
    await signIn.withPassword(target, `guess-${i}`);
    await expect(page.getByRole("alert").filter({ hasText: "The email address or password is not correct." })).toBeVisible();
    await signIn.open();
  }
  await signIn.withPassword(target, "guess-5");
  await expect(page.getByRole("alert").filter({ hasText: "Too many attempts. Please wait 15 minutes and try again." })).toBeVisible();
  const refusals = await queryOne<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE action IN ('auth.signInRefused', 'auth.rateLimited') AND "entityId" = $1`, [target]);
  expect(refusals.n).toBe(6);
});

test("a sign-in link goes to exactly one address, whatever is posted to Auth.js", async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const a = `one-${Date.now().toString(36)}@x.test`;
  const b = `two-${Date.now().toString(36)}@y.test`;
  const res = await api.post("/api/auth/signin/email", { form: { email: `${a},${b}`, csrfToken, callbackUrl: "/en/home" }, maxRedirects: 0 });
  expect(res.status()).toBeLessThan(500);
  await new Promise((r) => setTimeout(r, 1000));
  const mails = await queryOne<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboxMessage" WHERE "toAddress" LIKE $1 OR "toAddress" LIKE $2 OR "toAddress" LIKE '%,%'`, [`%${a}%`, `%${b}%`]);
  expect(mails.n).toBe(0);
  await api.dispose();
});

test("pages carry a content security policy: a fresh nonce on per-request pages, no framing anywhere", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState("organizer") });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
  });
  const admin = await page.goto("/en/admin");
  const policy = admin!.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("'unsafe-inline' 'nonce");
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const again = await page.request.get("/en/admin");
  expect(/'nonce-([^']+)'/.exec(again.headers()["content-security-policy"] ?? "")?.[1]).not.toBe(nonce);

  const series = await page.goto("/en/series/joint-response-to-terrorism");
  const publicPolicy = series!.headers()["content-security-policy"] ?? "";
  expect(publicPolicy).toContain("script-src 'self' 'unsafe-inline'");
  expect(publicPolicy).toContain("frame-ancestors 'none'");
  expect(publicPolicy).not.toContain("nonce-");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
  await context.close();
});

test("the operator's command creates the first organizer and a one-time link that signs them in", async ({ browser, baseURL }) => {
  const email = `first-${Date.now().toString(36)}@ministry.test`;
  const out = execFileSync(
    path.resolve(__dirname, "../node_modules/.bin/tsx"),
    ["--require", "./scripts/lib/server-only-shim.cjs", "scripts/user-create.ts", "--role", "ORGANIZER", "--name", "First Organizer", email],
    {
      cwd: path.resolve(__dirname, ".."),
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, AUTH_URL: baseURL, AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789", PLENARY_DEMO: "off" },
    },
  );
  expect(out).toContain(`created ${email} (ORGANIZER)`);
  const link = /(http:\/\/\S+\/en\/sign-in\/confirm\?\S+)/.exec(out)?.[1];
  expect(link).toBeTruthy();
  const page = await (await browser.newContext(anonymous)).newPage();
  await page.goto(link!);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});
