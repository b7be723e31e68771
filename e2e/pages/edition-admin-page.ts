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

  /** Cancels with a reason, accepting the confirmation the button asks for. */
  async cancel(reason: string) {
    const box = this.page.locator("details", { has: this.page.getByText("Cancel the edition", { exact: true }) });
    if ((await box.getAttribute("open")) === null) await box.locator("summary").click();
    await box.getByLabel("Reason").fill(reason);
    this.page.once("dialog", (d) => void d.accept());
    await box.getByRole("button", { name: "Cancel the edition" }).click();
  }

  async saveDetails(fields: Record<string, string>) {
    const form = this.page.locator("section", { has: this.page.getByRole("heading", { name: "Details" }) });
    for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(form.getByRole("status").filter({ hasText: "The edition has been saved." })).toBeVisible();
  }
}
