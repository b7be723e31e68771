// Editions and newsroom after first contact (issue 13): one moment shows as one clock with
// its zone named, in the list and on the page; a release not yet in the reader's language
// says so; Arabic pages keep ".ics" and a place's comma the right way round.
import { expect, test } from "@playwright/test";

const RELEASE = "/news/seminar-2020-joint-response-to-terrorism";

test("a release's publication time is the same, with its zone named, in the list and on its page", async ({ page }) => {
  await page.goto(`/en${RELEASE}`);
  const onPage = (await page.locator("article time").first().textContent())!.replace(/\s/g, " ");
  expect(onPage).toMatch(/China Standard Time$/);
  await page.goto("/en/news");
  const item = page.getByRole("listitem").filter({ has: page.locator(`a[href$="${RELEASE}"]`) });
  expect((await item.locator("time").textContent())!.replace(/\s/g, " ")).toBe(onPage);
});

test("a release shown in another language than the reader's says so, and an Arabic date stays whole", async ({ page }) => {
  // Approved in Chinese, Arabic and English, not in French.
  await page.goto(`/fr${RELEASE}`);
  await expect(page.locator("article").getByText(/^Pas encore disponible dans votre langue/)).toBeVisible();
  await page.goto(`/zh${RELEASE}`);
  await expect(page.locator("article").getByText(/暂无您所用语言的版本/)).toHaveCount(0);
  await page.goto(`/ar${RELEASE}`);
  const time = page.locator("article time").first();
  await expect(time).toHaveAttribute("dir", "rtl");
  await expect(time).toContainText("توقيت الصين");
});

test("Arabic edition page: the calendar link keeps '.ics' left to right, the venue uses the Arabic comma", async ({ page }) => {
  await page.goto("/ar/series/joint-response-to-terrorism/2");
  const link = page.locator('a[href$="/calendar.ics"]');
  await expect(link).toContainText("\u2066.ics\u2069");
  // The demo venue is written in English only: its parts are still joined the Arabic way.
  await expect(page.locator("dd").filter({ hasText: "Beijing" }).first()).toContainText("، Beijing");
});
