import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageState } from "./support/roles";

test("Arabic pages render right to left", async ({ page }) => {
  await page.goto("/ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/[\u0600-\u06FF]/);
  const box = await page.getByRole("link", { name: "Plenary" }).boundingBox();
  const width = page.viewportSize()!.width;
  expect(box!.x).toBeGreaterThan(width / 2); // the brand sits at the start edge: the right
});

test("English pages render left to right, and the switcher keeps the page", async ({ page }) => {
  await page.goto("/en/series/joint-response-to-terrorism");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(/\/zh\/series\/joint-response-to-terrorism$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("新形势下共同应对恐怖主义国际研讨会");
});

test("the public series page lists the demo editions", async ({ page }) => {
  await page.goto("/en/series/joint-response-to-terrorism");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("International Seminar on Joint Response to Terrorism under the New Circumstances");
  await expect(page.getByRole("link", { name: "1st International Seminar on Joint Response to Terrorism under the New Circumstances" })).toBeVisible();
  await expect(page.getByRole("link", { name: "2nd International Seminar on Joint Response to Terrorism under the New Circumstances" })).toBeVisible();
});

test.describe("countries in the reader's language", () => {
  test.use({ storageState: storageState("organizer") });
  test("are named and sorted per language", async ({ page }) => {
    await page.goto("/fr/admin/countries");
    await expect(page.getByRole("cell", { name: "Allemagne", exact: true })).toBeVisible();
    const first = await page.getByRole("row").nth(1).getByRole("cell").first().textContent();
    expect(first).toBe("Afghanistan");
    await page.goto("/zh/admin/countries");
    await expect(page.getByRole("cell", { name: "中国", exact: true })).toBeVisible();
  });
});

for (const path of ["/en", "/ar", "/en/sign-in", "/ar/sign-in", "/en/series/joint-response-to-terrorism"]) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("[data-account-menu]:not([data-account-menu='pending'])")).toBeVisible(); // the client part has rendered
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
