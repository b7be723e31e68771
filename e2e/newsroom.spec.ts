// A press officer drafts from the template, a reviewer approves the release and its Arabic
// translation, it is scheduled a minute ahead: absent from every public reading before its
// time, and there after it, in English and in right-to-left Arabic.
import AxeBuilder from "@axe-core/playwright";
import Parser from "rss-parser";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageState, type RoleName } from "./support/roles";
import { queryOne } from "./support/db";

async function as(browser: Browser, role: RoleName): Promise<Page> {
  const context = await browser.newContext({ storageState: storageState(role) });
  return context.newPage();
}

/** The next whole minute at least 45 s away, as a wall-clock time in Beijing. */
function nextMinuteInBeijing(): { local: string; at: Date } {
  const at = new Date(Math.ceil((Date.now() + 45_000) / 60_000) * 60_000);
  const p = (n: number) => String(n).padStart(2, "0");
  const b = new Date(at.getTime() + 8 * 3_600_000); // Asia/Shanghai has no daylight saving
  return { at, local: `${b.getUTCFullYear()}-${p(b.getUTCMonth() + 1)}-${p(b.getUTCDate())}T${p(b.getUTCHours())}:${p(b.getUTCMinutes())}` };
}

test("draft, review, translate, schedule: nothing is public before its time, all of it after", async ({ browser, page }) => {
  test.setTimeout(240_000);
  const press = await as(browser, "press");
  await press.goto("/en/admin/newsroom");
  await press.getByLabel("Edition").selectOption({ label: "2nd International Seminar on Joint Response to Terrorism under the New Circumstances" });
  await press.getByRole("button", { name: "Draft from the template" }).click();
  const headline = press.getByLabel("Headline");
  await expect(headline).toHaveValue("China Institute of International Studies (CIIS) will hold the 2nd International Seminar on Joint Response to Terrorism under the New Circumstances");
  const title = `Seminar announced ${Date.now().toString(36)}`;
  await headline.fill(title);
  await press.getByLabel("Text", { exact: true }).fill("**Beijing** — Delegations will meet.\n\n<script>alert(1)</script>");
  await expect(press.getByRole("region", { name: "Preview" }).locator("strong")).toHaveText("Beijing");
  await expect(press.getByRole("region", { name: "Preview" })).toContainText("<script>alert(1)</script>");
  await press.getByRole("button", { name: "Save as a new version" }).click();
  await expect(press.getByRole("status").filter({ hasText: "Saved as a new version." })).toBeVisible();
  const releaseUrl = press.url();
  await press.getByRole("button", { name: "Send for review" }).click();
  await expect(press.getByRole("heading", { name: /^Status:/ })).toContainText("In review");

  await press.getByRole("link", { name: "العربية translation" }).click();
  await expect(press.getByLabel("Headline")).toHaveAttribute("dir", "rtl");
  const arabicTitle = `الإعلان عن الندوة ${Date.now().toString(36)}`;
  await press.getByLabel("Headline").fill(arabicTitle);
  await press.getByLabel("Text", { exact: true }).fill("**بكين** — تجتمع الوفود.");
  await press.getByRole("button", { name: "Save as a new version" }).click();
  await expect(press.getByRole("status").filter({ hasText: "Saved as a new version." })).toBeVisible();
  const arabicUrl = press.url();

  const reviewer = await as(browser, "reviewer");
  await reviewer.goto(releaseUrl);
  await reviewer.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(reviewer.getByRole("heading", { name: /^Status:/ })).toContainText("Approved");
  await reviewer.goto(arabicUrl);
  await reviewer.getByRole("button", { name: "Approve this translation" }).click();
  await expect(reviewer.getByText("Approved", { exact: true })).toBeVisible();

  await press.goto(releaseUrl);
  const when = nextMinuteInBeijing();
  await press.getByLabel("Publication time (Asia/Shanghai)").fill(when.local);
  await press.getByLabel("How").selectOption("schedule");
  await press.getByRole("button", { name: "Set the time" }).click();
  await expect(press.getByRole("heading", { name: /^Status:/ })).toContainText("Scheduled");
  const releaseId = new URL(releaseUrl).pathname.split("/").pop();
  const { slug } = await queryOne<{ slug: string }>(`SELECT slug FROM "PressRelease" WHERE id = $1`, [releaseId]);

  // Before its time: not in the newsroom, search, feed or sitemap, and not at its URL.
  expect((await page.request.get(`/en/news/${slug}`)).status()).toBe(404);
  expect((await page.request.get(`/ar/news/${slug}`)).status()).toBe(404);
  await page.goto("/en/news");
  await expect(page.getByRole("heading", { level: 1, name: "Newsroom" })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
  await page.goto(`/en/news?q=${encodeURIComponent(title)}`);
  await expect(page.getByText(title)).toHaveCount(0);
  expect(await (await page.request.get("/en/news/feed.xml")).text()).not.toContain(title);
  expect(await (await page.request.get("/ar/news/feed.xml")).text()).not.toContain(arabicTitle);
  expect(await (await page.request.get("/sitemap.xml")).text()).not.toContain(slug);
  expect(Date.now()).toBeLessThan(when.at.getTime()); // all of the above ran before the time

  // After its time, with nobody signed in: published by the job queue.
  await expect
    .poll(async () => (await page.request.get("/en/news")).text().then((h) => h.includes(title)), { timeout: 150_000, intervals: [2_000] })
    .toBe(true);
  expect(Date.now()).toBeGreaterThanOrEqual(when.at.getTime());
  await page.goto("/en/news");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator("article")).toContainText("<script>alert(1)</script>"); // shown as text
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.getByRole("link", { name: "العربية" }).last().click();
  await expect(page.getByRole("heading", { level: 1, name: arabicTitle })).toBeVisible();
  await expect(page.locator("article")).toHaveAttribute("dir", "rtl");

  const parser = new Parser();
  const en = await parser.parseString(await (await page.request.get("/en/news/feed.xml")).text());
  expect(en.items.map((i) => i.title)).toContain(title);
  const ar = await parser.parseString(await (await page.request.get("/ar/news/feed.xml")).text());
  expect(ar.items.map((i) => i.title)).toContain(arabicTitle);
  expect(ar.items.map((i) => i.title)).not.toContain(title);
  // Published, the release took its address from its headline; the provisional one redirects there.
  const published = await queryOne<{ slug: string }>(`SELECT slug FROM "PressRelease" WHERE id = $1`, [releaseId]);
  expect(published.slug).toMatch(/^seminar-announced-/);
  expect(page.url()).toContain(`/news/${published.slug}`);
  const old = await page.request.get(`/en/news/${slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toContain(`/en/news/${published.slug}`);
  expect(await (await page.request.get("/sitemap.xml")).text()).toContain(`/ar/news/${published.slug}`);
});

test("the seeded newsroom and its feed are there at once, and pass axe", async ({ page }) => {
  await page.goto("/en/news");
  await expect(page.getByRole("link", { name: "CIIS holds the International Seminar on Joint Response to Terrorism under the New Circumstances" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.goto("/zh/news/seminar-2020-joint-response-to-terrorism");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("中国国际问题研究院举办新形势下共同应对恐怖主义国际研讨会");
  const feed = await new Parser().parseString(await (await page.request.get("/ar/news/feed.xml")).text());
  expect(feed.items[feed.items.length - 1]?.title).toBe("المعهد الصيني للدراسات الدولية يعقد الندوة الدولية حول الاستجابة المشتركة للإرهاب في ظل الظروف الجديدة");
});

test.describe("a delegate", () => {
  test.use({ storageState: storageState("delegate") });
  test("cannot open the newsroom", async ({ page }) => {
    expect((await page.goto("/en/admin/newsroom"))?.status()).toBe(403);
  });
});
