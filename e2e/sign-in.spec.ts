import { expect, test } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { decodeBody, waitForMail } from "./support/mail";

test("a wrong password is refused with a clear message", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.withPassword("organizer@plenary.test", "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "The email address or password is not correct." })).toBeVisible();
  await expect(page).toHaveURL(/\/en\/sign-in/);
});

test("a delegate signs in with an emailed link", async ({ page }) => {
  const since = Date.now();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.askForLink("delegate@plenary.test");
  const body = decodeBody(await waitForMail("delegate@plenary.test", since));
  expect(body).toContain("Subject: Your sign-in link for Plenary");
  const link = /(http:\/\/localhost:\d+\/en\/sign-in\/confirm\?[^\s]+)/.exec(body)?.[1];
  expect(link).toBeTruthy();
  expect(body).not.toContain("/api/auth/callback/email");

  // What a mail scanner does: fetch the link, and Auth.js's own link built from it. Neither signs in.
  const scanner = await page.request.get(link!, { maxRedirects: 0 });
  expect(scanner.status()).toBe(200);
  const params = new URL(link!).searchParams;
  const callback = await page.request.get(`/api/auth/callback/email?${params}`, { maxRedirects: 0 });
  expect(callback.status()).toBe(303);
  expect(callback.headers().location).toContain("/en/sign-in/confirm?");
  expect((await (await page.request.get("/api/auth/session")).json()) ?? null).toBeNull();

  // A person opens it and presses the button: signed in, on their home.
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your sign-in" })).toBeVisible();
  await expect(page.getByText("Sign in to Plenary as delegate@plenary.test?")).toBeVisible();
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/me$/);
  await expect(page.getByRole("heading", { level: 1, name: "My registrations" })).toBeVisible();

  // The link works once.
  await page.context().clearCookies();
  await page.goto(link!);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?error=Verification/);
});

test("the sign-in page speaks the reader's language", async ({ page }) => {
  await page.goto("/fr/sign-in");
  // lib/i18n/messages/fr.json: signIn.title (the page's h1), signIn.magicHeading and signIn.passwordHeading.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(["Se connecter au moyen d’un lien envoyé par courriel", "Se connecter avec un mot de passe"]);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});
