import { expect, type Page } from "@playwright/test";

export class SignInPage {
  constructor(private readonly page: Page) {}

  async open(locale = "en") {
    await this.page.goto(`/${locale}/sign-in`);
    // The forms are client components: wait until React has hydrated the page.
    await expect(this.page.locator("[data-account-menu]:not([data-account-menu='pending'])")).toBeVisible();
  }

  async withPassword(email: string, password: string) {
    const form = this.page.locator("section", { has: this.page.getByRole("heading", { name: "Sign in with a password" }) });
    await form.getByLabel("Email address").fill(email);
    await form.getByLabel("Password").fill(password);
    await form.getByRole("button", { name: "Sign in" }).click();
  }

  async askForLink(email: string) {
    const form = this.page.locator("section", { has: this.page.getByRole("heading", { name: "Sign in with an email link" }) });
    await form.getByLabel("Email address").fill(email);
    await form.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(this.page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }
}
