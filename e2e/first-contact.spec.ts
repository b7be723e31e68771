// Editions and newsroom after first contact (issue 13): one moment shows as one clock with
// its zone named, in the list and on the page; a release not yet in the reader's language
// says so; Arabic pages keep ".ics" and a place's comma the right way round.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { callAction, readDemo } from "./support/matrix";
import { ownEdition, ownPublishedRelease } from "./support/factories";
import { EditionAdminPage } from "./pages/edition-admin-page";
import { storageState } from "./support/roles";

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

test("there is a favicon", async ({ request }) => {
  const res = await request.get("/favicon.ico");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await request.get("/icon.svg")).status()).toBe(200);
});

test.describe("organizer pages", () => {
  test.use({ storageState: storageState("organizer") });

  test("switching language keeps the page's query: a comparison stays a comparison", async ({ page }) => {
    const demo = await readDemo();
    await page.goto(`/en/admin/newsroom/${demo.release}/compare?a=${demo.versionEn}&b=${demo.versionAr}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(new RegExp(`/fr/admin/newsroom/${demo.release}/compare\\?a=${demo.versionEn}&b=${demo.versionAr}$`));
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/introuvable|not found/i);
  });

  test("a new series starts in UTC, not in the first zone of the alphabet", async ({ page }) => {
    await page.goto("/en/admin/series/new");
    await expect(page.getByLabel("Usual time zone")).toHaveValue("UTC");
  });

  test("the edition's history is translated and can be narrowed to one kind of event", async ({ page }) => {
    const { id } = await ownEdition(page.request, { theme: { en: "History" } });
    await callAction(page.request, `/en/admin/editions/${id}`, { file: "lib/editions/actions.ts", name: "transitionEditionAction" }, { locale: "en", id, to: "ANNOUNCED" });
    await page.goto(`/en/admin/editions/${id}?history=edition`);
    const history = page.getByRole("region", { name: "History" });
    await expect(history.getByLabel("Show")).toHaveValue("edition");
    await expect(history.getByRole("listitem")).toHaveText([/Status changed from “Draft” to “Announced”/, /Edition 1 created/]);
    await page.goto(`/en/admin/editions/${id}?history=press`);
    await expect(page.getByRole("region", { name: "History" }).getByRole("listitem")).toHaveCount(0);
  });
});

test.describe("cancelling an edition", () => {
  test.use({ storageState: storageState("organizer") });

  test("asks why and asks again; the public page then says cancelled, when and why", async ({ page }) => {
    const { id, series } = await ownEdition(page.request, { theme: { en: "To be cancelled" } });
    await page.goto(`/en/admin/editions/${id}`);
    const edition = new EditionAdminPage(page);
    await edition.transition("Announce");
    await edition.expectStatus("Announced");
    // Dismissing the confirmation changes nothing.
    const box = page.locator("details", { has: page.getByText("Cancel the edition", { exact: true }) });
    await box.locator("summary").click();
    await box.getByLabel("Reason").fill("The venue is closed for works.");
    page.once("dialog", (d) => void d.dismiss());
    await box.getByRole("button", { name: "Cancel the edition" }).click();
    await edition.expectStatus("Announced");
    await edition.cancel("The venue is closed for works.");
    await edition.expectStatus("Cancelled");
    await page.goto(`/en/series/${series.slug}/1`);
    await expect(page.getByRole("status").filter({ hasText: /This edition was cancelled on/ })).toContainText("The venue is closed for works.");
  });
});

test.describe("the programme", () => {
  test.use({ storageState: storageState("organizer") });

  test("names the speaker of a clash; a session can be edited (moved) and is deleted only after confirming", async ({ page }) => {
    const { id } = await ownEdition(page.request, { theme: { en: "Programme" }, timeZone: "Asia/Shanghai" });
    const session = (title: string, startsAt: string, endsAt: string) =>
      callAction(page.request, `/en/admin/editions/${id}`, { file: "lib/programme/actions.ts", name: "saveSessionAction" }, { locale: "en", editionId: id, title: { en: title }, startsAt, endsAt, room: title, speakers: "Li Wei; Professor; CIIS" });
    await session("Opening", "2027-05-04T09:00", "2027-05-04T10:00");
    await session("Panel", "2027-05-04T09:30", "2027-05-04T11:00");
    await page.goto(`/en/admin/editions/${id}`);
    const clash = page.getByRole("status").filter({ hasText: "Li Wei is in “Opening” and “Panel” at the same time." });
    await expect(clash).toBeVisible();

    const panel = page.getByRole("listitem").filter({ hasText: "Panel" });
    await panel.getByText("Edit", { exact: true }).click();
    await expect(panel.getByLabel("English (required)")).toHaveValue("Panel");
    await expect(panel.getByLabel("Speakers")).toHaveValue("Li Wei; Professor; CIIS");
    await panel.getByLabel("Starts").fill("2027-05-04T14:00");
    await panel.getByLabel("Ends").fill("2027-05-04T15:30");
    await panel.getByRole("button", { name: "Save the session" }).click();
    await expect(clash).toHaveCount(0);
    await expect(page.getByRole("listitem").filter({ hasText: "Panel" })).toContainText("2:00 – 3:30 PM China Standard Time");

    const opening = page.getByRole("listitem").filter({ hasText: "Opening" });
    page.once("dialog", (d) => void d.dismiss());
    await opening.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "Opening" })).toHaveCount(1);
    page.once("dialog", (d) => { expect(d.message()).toContain("“Opening”"); void d.accept(); });
    await opening.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "Opening" })).toHaveCount(0);
  });
});

test.describe("withdrawing a release", () => {
  test.use({ storageState: storageState("organizer") });

  test("asks why and asks again; the public page says withdrawn, when and why; it can go back to draft", async ({ page, browser }) => {
    const { id, slug } = await ownPublishedRelease(page.request, browser, (await readDemo()).edition1);

    await page.goto(`/en/admin/newsroom/${id}`);
    const box = page.locator("details", { has: page.getByText("Withdraw", { exact: true }) });
    await box.locator("summary").click();
    await box.getByLabel("Why is it withdrawn?").fill("A delegate's name was misspelt.");
    page.once("dialog", (d) => void d.accept());
    await box.getByRole("button", { name: "Withdraw" }).click();
    await expect(page.getByRole("heading", { name: /^Status:/ })).toContainText("Withdrawn");

    const gone = await page.goto(`/en/news/${slug}`);
    expect(gone?.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1, name: "Press release withdrawn" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("A delegate's name was misspelt.");
    // Next adds its own noindex to a page answered with an error status: every one says noindex.
    const robots = await page.locator('meta[name="robots"]').evaluateAll((ms) => ms.map((m) => m.getAttribute("content") ?? ""));
    expect(robots.length).toBeGreaterThan(0);
    for (const r of robots) expect(r).toContain("noindex");
    for (const locale of ["en", "ar"]) {
      await page.goto(`/${locale}/news/${slug}`);
      const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
    }

    await page.goto(`/en/admin/newsroom/${id}`);
    await page.getByRole("button", { name: "Return to draft" }).click();
    await expect(page.getByRole("heading", { name: /^Status:/ })).toContainText("Draft");
  });
});

test.describe("correcting a published release", () => {
  test.use({ storageState: storageState("organizer") });

  test("the correction waits for a reviewer; then the public page says updated, when and why", async ({ page, browser }) => {
    test.setTimeout(90_000);
    const { id, slug } = await ownPublishedRelease(page.request, browser, (await readDemo()).edition1);
    const reviewerContext = await browser.newContext({ storageState: storageState("reviewer") });
    const before = await (await page.request.get(`/en/news/${slug}`)).text();

    await page.goto(`/en/admin/newsroom/${id}`);
    await expect(page.getByText(/What you save here is a correction/)).toBeVisible();
    const headline = page.getByLabel("Headline");
    const corrected = `Corrected headline ${Date.now().toString(36)}`;
    await headline.fill(corrected);
    await page.getByRole("button", { name: "Save the correction" }).click();
    await expect(page.getByText("Correction saved; it waits for a reviewer.")).toBeVisible();
    expect(await (await page.request.get(`/en/news/${slug}`)).text()).not.toContain(corrected);
    expect(before).not.toContain("Updated on");

    const reviewer = await reviewerContext.newPage();
    await reviewer.goto(`/en/admin/newsroom/${id}`);
    await expect(reviewer.getByText("A correction of this text is waiting for review.")).toBeVisible();
    await reviewer.getByLabel("What was corrected").fill("The headline named the wrong institute.");
    await reviewer.getByRole("button", { name: "Approve the correction" }).click();
    await expect(reviewer.getByText("A correction of this text is waiting for review.")).toHaveCount(0); // approved: nothing waits
    await reviewerContext.close();

    await page.goto(`/en/news/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: corrected })).toBeVisible();
    await expect(page.getByText(/^Updated on .* — The headline named the wrong institute\.$/)).toBeVisible();
  });
});

// Every page this issue touched, in English and Arabic: the release's public page (with its
// update note), the news list, the edition's public page, the edition's admin page with its
// history, the release's admin page and the compare view.
test.describe("the touched pages pass axe in English and Arabic", () => {
  test.use({ storageState: storageState("organizer") });
  for (const locale of ["en", "ar"] as const) {
    test(`(${locale})`, async ({ page }) => {
      test.setTimeout(180_000); // six full pages, each analysed by axe: over a minute on a busy 2-core machine
      const d = await readDemo();
      const paths = [
        `/${locale}${RELEASE}`,
        `/${locale}/news`,
        `/${locale}/series/joint-response-to-terrorism/2`,
        `/${locale}/admin/editions/${d.edition1}`,
        `/${locale}/admin/newsroom/${d.release}`,
        `/${locale}/admin/newsroom/${d.release}/compare?a=${d.versionEn}&b=${d.versionEn}`,
      ];
      for (const path of paths) {
        await page.goto(path);
        await expect(page.locator("[data-account-menu]:not([data-account-menu='pending'])")).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
        expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      }
    });
  }
});
