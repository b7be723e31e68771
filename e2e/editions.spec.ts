// An organizer runs a series for years: creates it with a yearly rule, holds edition 1,
// plans edition 2 in one action, and both appear on the public pages in English and Arabic.
import { expect, test } from "@playwright/test";
import { EditionAdminPage } from "./pages/edition-admin-page";
import { storageState } from "./support/roles";

test.use({ storageState: storageState("organizer") });

test("create a series, hold edition 1, plan edition 2, see both in English and Arabic", async ({ page }) => {
  test.setTimeout(120_000);
  const slug = `regional-dialogue-${Date.now().toString(36)}`;
  await page.goto("/en/admin/series/new");
  await page.getByLabel("Web address").fill(slug);
  const name = page.getByRole("group", { name: "Name" });
  await name.getByLabel("English (required)").fill("Regional Security Dialogue");
  await name.getByLabel("العربية").fill("الحوار الأمني الإقليمي");
  await page.getByRole("group", { name: "Host institution" }).getByLabel("English (required)").fill("Institute of International Studies");
  await page.getByLabel("Usual time zone").selectOption("Asia/Shanghai");
  await page.getByLabel("Frequency", { exact: true }).selectOption("YEARLY");
  await page.getByLabel("Month", { exact: true }).selectOption({ label: "November" });
  await page.getByLabel("Week of the month").selectOption({ label: "Second" });
  await page.getByLabel("Day of the week").selectOption({ label: "Tuesday" });
  await page.getByRole("button", { name: "Create the series" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Regional Security Dialogue" })).toBeVisible();

  // Edition 1, in the past so that it can be held; no capacity yet.
  await page.getByRole("link", { name: "New edition" }).click();
  await expect(page.getByLabel("Number")).toHaveValue("1");
  const theme = page.getByRole("group", { name: "Theme" });
  await theme.getByLabel("English (required)").fill("Cooperation against new threats");
  await theme.getByLabel("العربية").fill("التعاون في مواجهة التهديدات الجديدة");
  await page.getByLabel("Time zone of the venue").selectOption("Asia/Shanghai");
  await page.getByLabel("Starts", { exact: true }).fill("2025-11-11T09:00");
  await page.getByLabel("Ends", { exact: true }).fill("2025-11-12T17:30");
  await page.getByRole("button", { name: "Create the edition" }).click();

  const edition = new EditionAdminPage(page);
  await expect(page.getByRole("heading", { level: 1, name: "1st Regional Security Dialogue" })).toBeVisible();
  await edition.expectStatus("Draft");
  // A new series is a draft: not public, not on the home page, not in the sitemap.
  expect((await page.request.get(`/en/series/${slug}`)).status()).toBe(404);
  expect(await (await page.request.get("/en")).text()).not.toContain("Regional Security Dialogue");
  expect(await (await page.request.get("/sitemap.xml")).text()).not.toContain(slug);
  await edition.transition("Announce");
  await edition.expectStatus("Announced");
  // Announcing its first edition announces the series.
  expect((await page.request.get(`/en/series/${slug}`)).status()).toBe(200);

  // Refused: registration cannot open without a capacity. Nothing changes.
  await edition.transition("Open registration");
  await expect(page.getByRole("alert").filter({ hasText: "Registration cannot open before the dates and the capacity are set." })).toBeVisible();
  await edition.expectStatus("Announced");

  await edition.saveDetails({ Capacity: "120" });
  await edition.transition("Open registration");
  await edition.expectStatus("Registration open");
  await edition.transition("Close registration");
  await edition.expectStatus("Registration closed");
  await edition.transition("Mark as held");
  await edition.expectStatus("Held");

  // The public page is now cached with edition 1 only…
  const admin = page.url();
  await page.goto(`/en/series/${slug}`);
  await expect(page.getByRole("link", { name: "1st Regional Security Dialogue" })).toBeVisible();
  await expect(page.getByRole("link", { name: "2nd Regional Security Dialogue" })).toHaveCount(0);
  await page.goto(admin);

  // Plan edition 2 with one action: the second Tuesday of November of the next year.
  await page.getByRole("link", { name: "Plan the next edition" }).click();
  await expect(page.getByLabel("Number")).toHaveValue("2");
  await expect(page.getByLabel("Starts", { exact: true })).toHaveValue("2026-11-10T09:00");
  await expect(page.getByLabel("Capacity")).toHaveValue("120");
  await page.getByRole("button", { name: "Create the next edition" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "2nd Regional Security Dialogue" })).toBeVisible();
  await edition.expectStatus("Draft");
  await edition.transition("Announce");
  await edition.expectStatus("Announced");

  // …and the organizer's change shows at once, without waiting for the cache to expire.
  await page.goto(`/en/series/${slug}`);
  await expect(page.getByRole("link", { name: "1st Regional Security Dialogue" })).toBeVisible();
  await expect(page.getByRole("link", { name: "2nd Regional Security Dialogue" })).toBeVisible();

  await page.goto(`/ar/series/${slug}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الحوار الأمني الإقليمي");
  await expect(page.getByText("التعاون في مواجهة التهديدات الجديدة")).toHaveCount(2);

  const ics = await page.request.get(`/en/series/${slug}/2/calendar.ics`);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain("DTSTART;TZID=Asia/Shanghai:20261110T090000");
});

test("bad input is shown next to the field and saves nothing", async ({ page }) => {
  await page.goto("/en/admin/series");
  await page.getByRole("link", { name: "International Seminar on Joint Response to Terrorism under the New Circumstances" }).click();
  await page.getByRole("link", { name: "New edition" }).click();
  await page.getByLabel("Number").fill("1"); // taken by the 2020 edition
  await page.getByRole("group", { name: "Theme" }).getByLabel("English (required)").fill("x".repeat(400));
  await page.getByLabel("Starts", { exact: true }).fill("2030-11-12T09:00");
  await page.getByLabel("Ends", { exact: true }).fill("2030-11-11T09:00");
  await page.getByRole("button", { name: "Create the edition" }).click();
  await expect(page.getByText("This is too long: at most 300 characters.")).toBeVisible(); // the limit, named
  await expect(page.getByText("The end must come after the start.")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Some fields need your attention." })).toBeVisible();
  // What was typed is kept.
  await expect(page.getByLabel("Starts", { exact: true })).toHaveValue("2030-11-12T09:00");

  await page.getByRole("group", { name: "Theme" }).getByLabel("English (required)").fill("A shorter theme");
  await page.getByLabel("Ends", { exact: true }).fill("2030-11-13T09:00");
  await page.getByRole("button", { name: "Create the edition" }).click();
  await expect(page.getByText("This series already has an edition with this number.")).toBeVisible();
  await expect(page.getByLabel("Number")).toHaveAttribute("aria-invalid", "true");
});

test.describe("a reader in New York", () => {
  test.use({ timezoneId: "America/New_York" });
  test("sees the programme in the venue's time and in their own", async ({ page }) => {
    await page.goto("/en/series/joint-response-to-terrorism/1");
    const opening = page.getByRole("listitem").filter({ hasText: "Opening remarks" });
    await expect(opening).toContainText("2:00 PM"); // 06:00 UTC in Beijing
    await expect(opening).toContainText("In your time zone: Nov 24, 2020, 1:00 AM (America/New_York)");
  });
});

test("the public edition page shows the programme, the countries and a calendar link", async ({ page }) => {
  await page.goto("/en/series/joint-response-to-terrorism/1");
  await expect(page.getByRole("heading", { level: 1, name: "1st International Seminar on Joint Response to Terrorism under the New Circumstances" })).toBeVisible();
  await expect(page.getByText("Luo Zhaohui")).toBeVisible();
  await expect(page.getByRole("heading", { name: "10 participating countries" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add to my calendar (.ics)" })).toHaveAttribute("href", "/en/series/joint-response-to-terrorism/1/calendar.ics");
});

for (const role of ["reviewer", "press", "delegate"] as const) {
  test.describe(() => {
    test.use({ storageState: storageState(role) });
    test(`a ${role} cannot manage series or editions`, async ({ page }) => {
      for (const path of ["/en/admin/series", "/en/admin/series/new", "/en/admin/editions"]) expect((await page.goto(path))?.status(), path).toBe(403);
    });
  });
}
