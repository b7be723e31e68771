import { expect, type Page } from "@playwright/test";

/** The organizer's page of one edition: lifecycle buttons, details form, programme. */
export class EditionAdminPage {
  constructor(private readonly page: Page) {}

  async expectStatus(label: string) {
    await expect(this.page.getByRole("heading", { name: /^Status:/ })).toContainText(label);
  }

  async transition(button: string) {
    await this.page.getByRole("button", { name: button, exact: true }).click();
  }

  async saveDetails(fields: Record<string, string>) {
    const form = this.page.locator("section", { has: this.page.getByRole("heading", { name: "Details" }) });
    for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(form.getByRole("status").filter({ hasText: "The edition has been saved." })).toBeVisible();
  }
}
