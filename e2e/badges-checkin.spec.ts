// Badges, visa letters, check-in and lists end to end (issue 11): an approved delegate's
// badge, downloaded through her personal link, carries a QR code (decoded from the PDF's
// pixels) that the check-in desk accepts once and refuses the second time; a cancelled
// delegate's badge is refused; two desks working offline check in three badges (one at
// both) and, back online, three arrivals are stored and the duplicate is reported; the CSV
// export keeps a formula as text; the check-in role sees the desk and nothing else.
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import jsQR from "jsqr";
import { createCanvas } from "@napi-rs/canvas";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { pdfPageRgba, pdfText } from "../lib/pdf/pdf-text";
import { callAction } from "./support/matrix";
import { queryOne } from "./support/db";
import { waitForMailContaining } from "./support/mail";
import { ownEdition } from "./support/factories";
import { storageState } from "./support/roles";

const REGISTRATIONS = "lib/registrations/actions.ts";
const EDITIONS = "lib/editions/actions.ts";

/** An edition of our own, open, with `names` registered on its public form and all approved (the organizer decides). */
async function openEditionWith(organizer: APIRequestContext, browser: Browser, names: { given: string; family: string; visa?: boolean }[]) {
  const run = Date.now().toString(36);
  const { id: editionId, series } = await ownEdition(organizer, { theme: { en: "Badges end to end" }, timeZone: "UTC", startsAt: "2027-11-09T09:00", endsAt: "2027-11-10T17:30", capacity: "50" });
  for (const to of ["ANNOUNCED", "REGISTRATION_OPEN"]) await callAction(organizer, `/en/admin/editions/${editionId}`, { file: EDITIONS, name: "transitionEditionAction" }, { locale: "en", id: editionId, to });
  await callAction(organizer, `/en/admin/editions/${editionId}/registrations`, { file: REGISTRATIONS, name: "registrationSettingsAction" }, { locale: "en", editionId, capacity: "50", publicRegistration: "on" });
  const visitor = (await browser.newContext({ storageState: { cookies: [], origins: [] } })).request;
  const people = [];
  for (const [i, n] of names.entries()) {
    const email = `badge.${run}.${i}@example.org`;
    const visa = n.visa ? { visaLetterRequested: "on", passportNumber: "A1234567", nationality: "SN" } : {};
    const r = await callAction(visitor, `/en/series/${series.slug}/1/register`, { file: REGISTRATIONS, name: "registerAction" }, {
      locale: "en", editionId, givenName: n.given, familyName: n.family, email, countryCode: "SN", delegationRole: i === 0 ? "HEAD" : "MEMBER", consent: "on", ...visa,
    });
    expect(r.result, JSON.stringify(r.result)).toMatchObject({ ok: true });
    people.push({ ...n, email, id: (r.result as { data: { id: string } }).data.id });
  }
  const decided = await callAction(organizer, `/en/admin/editions/${editionId}/registrations`, { file: REGISTRATIONS, name: "decideRegistrationsAction" }, { locale: "en", editionId, ids: people.map((p) => p.id), decision: "approve" });
  expect(decided.result).toMatchObject({ ok: true, data: { done: people.length } });
  return { editionId, people };
}

/** The check-in token in a badge PDF's QR code, as a phone would read it. */
async function tokenOf(pdf: Buffer): Promise<string> {
  const { data, width, height } = await pdfPageRgba(pdf);
  const qr = jsQR(data, width, height);
  expect(qr, "a QR code on the badge").not.toBeNull();
  return qr!.data;
}

/** A photo of the badge's first page (PNG), as a phone's camera would take it. */
async function photoOf(pdf: Buffer): Promise<Buffer> {
  const { data, width, height } = await pdfPageRgba(pdf, 1, 2);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext("2d");
  const image = context.createImageData(width, height);
  image.data.set(data);
  context.putImageData(image, 0, 0);
  return canvas.toBuffer("image/png");
}

async function scan(desk: Page, token: string) {
  await desk.getByLabel("Badge code (scan or type)").fill(token);
  await desk.getByRole("button", { name: "Check in", exact: true }).click();
}

test.describe("badges and check-in", () => {
  test.use({ storageState: storageState("organizer") });

  test("an approved delegate's badge is accepted once at the desk, then refused; a cancelled one is refused", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const since = Date.now();
    const { editionId, people } = await openEditionWith(page.request, browser, [{ given: "Mariama", family: "Sow" }, { given: "Kofi", family: "Mensah" }]);
    const [mariama, kofi] = people;

    // Mariama downloads her badge through her personal link (from the approval mail).
    const personal = /\/en\/registration\/[A-Za-z0-9_-]{43}/.exec(await waitForMailContaining(mariama.email, since, "is approved"))![0];
    const delegate = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const own = await delegate.newPage();
    await own.goto(personal);
    await expect(own.getByRole("link", { name: "Badge (PDF)" })).toBeVisible();
    const badge = await delegate.request.get(`${personal}/badge`);
    expect(badge.headers()["content-type"]).toBe("application/pdf");
    const token = await tokenOf(Buffer.from(await badge.body()));
    expect(token).toMatch(/^\w+\.[A-Za-z0-9_-]{22}$/);
    expect(token).not.toContain("Sow");
    expect((await pdfText(Buffer.from(await badge.body()))).join(" ")).toContain("Mariama");

    // Kofi is cancelled after his badge was printed.
    const kofiBadge = await page.request.get(`/en/admin/registrations/${kofi.id}/badge`);
    const kofiToken = await tokenOf(Buffer.from(await kofiBadge.body()));
    await callAction(page.request, `/en/admin/editions/${editionId}/registrations`, { file: REGISTRATIONS, name: "decideRegistrationsAction" }, { locale: "en", editionId, ids: [kofi.id], decision: "cancel" });

    // The desk, with the check-in role.
    const staff = await browser.newContext({ storageState: storageState("checkin") });
    const desk = await staff.newPage();
    await desk.goto(`/en/admin/editions/${editionId}/check-in`);
    await expect(desk.getByText(/badges? on this device/)).toBeVisible();
    // A photo of her badge, read in the browser (Chromium on Linux has no BarcodeDetector: the
    // WebAssembly polyfill, served by Plenary, under the page's Content Security Policy).
    await desk.getByLabel("Or read a photo of the badge").setInputFiles({ name: "badge.png", mimeType: "image/png", buffer: await photoOf(Buffer.from(await badge.body())) });
    await expect(desk.locator("[data-outcome]")).toContainText("Checked in: welcome");
    await expect(desk.locator("[data-outcome]")).toContainText("Mariama Sow");
    await scan(desk, token);
    await expect(desk.locator("[data-outcome]")).toContainText(/Already checked in at \d/);
    await scan(desk, kofiToken);
    await expect(desk.locator("[data-outcome]")).toContainText("Refused: this registration is not approved (Cancelled)");
    await scan(desk, `${kofi.id}.AAAAAAAAAAAAAAAAAAAAAA`);
    await expect(desk.locator("[data-outcome]")).toContainText("Refused: unknown badge");
    expect(await queryOne(`SELECT count(*)::int AS n FROM "CheckIn" WHERE "registrationId" = ANY($1)`, [[mariama.id, kofi.id]])).toEqual({ n: 1 });
    await expect(desk.getByTestId("arrivals-total")).toContainText("1 of 1 arrived");

    // Search by name finds her in any script; she is marked as arrived.
    await desk.getByRole("textbox", { name: "Search by name" }).fill("mariama");
    await expect(desk.getByRole("listitem").filter({ hasText: "Mariama Sow" })).toContainText("arrived at");
  });

  test("two desks offline: three badges, one at both; back online, three arrivals stored and the duplicate reported", async ({ page, browser }) => {
    test.setTimeout(150_000);
    const { editionId, people } = await openEditionWith(page.request, browser, [{ given: "Awa", family: "Ndiaye" }, { given: "Ousmane", family: "Ba" }, { given: "Fatou", family: "Diop" }]);
    const tokens = [];
    for (const p of people) tokens.push(await tokenOf(Buffer.from(await (await page.request.get(`/en/admin/registrations/${p.id}/badge`)).body())));

    const open = async () => {
      const context = await browser.newContext({ storageState: storageState("checkin") });
      const desk = await context.newPage();
      await desk.goto(`/en/admin/editions/${editionId}/check-in`);
      await expect(desk.getByText("3 badges on this device")).toBeVisible();
      // The service worker takes over, and a second load puts the page and its files in its cache.
      await desk.evaluate(async () => { await navigator.serviceWorker.ready; });
      await desk.reload();
      await expect(desk.getByText("3 badges on this device")).toBeVisible();
      return { context, desk };
    };
    const a = await open();
    const b = await open();
    await a.desk.getByLabel("Desk").fill("A");
    await b.desk.getByLabel("Desk").fill("B");

    await a.context.setOffline(true);
    await b.context.setOffline(true);
    // Offline, desk A even reloads its page: the service worker serves it, the list is in the browser.
    await a.desk.reload();
    await expect(a.desk.locator("[data-network=offline]")).toBeVisible();
    await a.desk.getByLabel("Desk").fill("A");
    for (const t of [tokens[0], tokens[1]]) {
      await scan(a.desk, t);
      await expect(a.desk.locator("[data-outcome]")).toContainText("will sync");
    }
    for (const t of [tokens[1], tokens[2]]) {
      await scan(b.desk, t);
      await expect(b.desk.locator("[data-outcome]")).toContainText("will sync");
    }
    await expect(a.desk.getByText("2 arrivals waiting to sync")).toBeVisible();
    await expect(b.desk.getByText("2 arrivals waiting to sync")).toBeVisible();
    expect(await queryOne(`SELECT count(*)::int AS n FROM "CheckIn" WHERE "editionId" = $1`, [editionId])).toEqual({ n: 0 });

    await a.context.setOffline(false);
    await expect(a.desk.getByText("nothing waiting")).toBeVisible({ timeout: 20_000 });
    await b.context.setOffline(false);
    await expect(b.desk.getByText("nothing waiting")).toBeVisible({ timeout: 20_000 });
    const report = b.desk.getByRole("region", { name: "After the sync: already checked in at another desk" });
    await expect(report).toContainText("Ousmane Ba");
    await expect(report).toContainText("(desk A)");
    expect(await queryOne(`SELECT count(*)::int AS n, count(DISTINCT "registrationId")::int AS people FROM "CheckIn" WHERE "editionId" = $1`, [editionId])).toEqual({ n: 3, people: 3 });
    await expect(b.desk.getByTestId("arrivals-total")).toContainText("3 of 3 arrived");
  });

  test("lists: a formula in a name comes out of the CSV as text; the XLSX holds it as a string; visa letters keep their number", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const { editionId, people } = await openEditionWith(page.request, browser, [{ given: '=HYPERLINK("http://x")', family: "Formula" }, { given: "Aminata", family: "Kane", visa: true }]);
    const csv = await (await page.request.get(`/en/admin/editions/${editionId}/participants/csv`)).text();
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await (await page.request.get(`/en/admin/editions/${editionId}/participants/xlsx`)).body()) as unknown as ArrayBuffer);
    const values = book.worksheets[0].getSheetValues().flat().filter(Boolean);
    expect(values).toContain('=HYPERLINK("http://x")');
    expect(values.some((v) => typeof v === "object" && v !== null && "formula" in (v as object))).toBe(false);

    // The visa letter: issued, then reissued with the same number and a new version.
    const aminata = people[1];
    await page.goto(`/en/admin/registrations/${aminata.id}`);
    await page.getByRole("button", { name: "Issue the visa letter" }).click();
    await expect(page.getByText(/Letter No\. \d+, version 1/)).toBeVisible();
    await page.getByRole("button", { name: "Reissue (same number, new version)" }).click();
    await expect(page.getByText(/Letter No\. \d+, version 2/)).toBeVisible();
    const row = await queryOne<{ numbers: number[]; versions: number[] }>(`SELECT array_agg(number ORDER BY version) AS numbers, array_agg(version ORDER BY version) AS versions FROM "VisaLetter" WHERE "registrationId" = $1`, [aminata.id]);
    expect(row.versions).toEqual([1, 2]);
    expect(new Set(row.numbers).size).toBe(1);
    const letter = (await pdfText(Buffer.from(await (await page.request.get(`/en/admin/registrations/${aminata.id}/visa-letter`)).body()))).join(" ");
    expect(letter).toContain("A1234567");
    expect(letter).toContain("Aminata");
  });

  test("the check-in role sees the desk and nothing else; a delegate only their own documents", async ({ page, browser }) => {
    const staff = (await browser.newContext({ storageState: storageState("checkin") })).request;
    const { id: editionId } = await queryOne<{ id: string }>(`SELECT e.id FROM "Edition" e JOIN "Series" s ON s.id = e."seriesId" WHERE s.slug = 'joint-response-to-terrorism' AND e.number = 2`);
    const { id: registrationId } = await queryOne<{ id: string }>(`SELECT id FROM "Registration" WHERE email = 'delegate@plenary.test'`);
    for (const path of [`/en/admin/editions/${editionId}/participants/csv`, `/en/admin/editions/${editionId}/participants/xlsx`, `/en/admin/editions/${editionId}/badges`, `/en/admin/registrations/${registrationId}/badge`, `/en/admin/registrations/${registrationId}/visa-letter`]) {
      expect((await staff.get(path)).status(), path).toBe(403);
      expect((await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).request.get(path)).status(), `anonymous ${path}`).toBe(401);
    }
    // The desk's list holds what the desk shows: no email, phone or passport.
    const list = await staff.get(`/api/editions/${editionId}/check-in`);
    expect(list.status()).toBe(200);
    const body = await list.text();
    expect(body).toContain("Omar Farouk");
    expect(body).not.toContain("delegate@plenary.test");
    expect(body).not.toMatch(/passport|phone|email/i);
    expect((await page.request.get(`/api/editions/${editionId}/check-in`)).status()).toBe(200);
    expect((await (await browser.newContext({ storageState: storageState("delegate") })).request.get(`/api/editions/${editionId}/check-in`)).status()).toBe(403);
    // A made-up personal link opens no badge.
    expect((await page.request.get(`/en/registration/${"B".repeat(43)}/badge`)).status()).toBe(404);
  });
});

for (const locale of ["en", "ar"] as const) {
  test(`the desk, the participant lists and the delegations pass axe (${locale})`, async ({ browser }) => {
    test.setTimeout(180_000); // five full pages, each analysed by axe
    const { id: editionId } = await queryOne<{ id: string }>(`SELECT e.id FROM "Edition" e JOIN "Series" s ON s.id = e."seriesId" WHERE s.slug = 'joint-response-to-terrorism' AND e.number = 2`);
    const axe = async (page: Page) => {
      const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(r.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    };
    const desk = await (await browser.newContext({ storageState: storageState("checkin") })).newPage();
    await desk.goto(`/${locale}/admin/editions/${editionId}/check-in`);
    await expect(desk.locator("[data-network]")).toBeVisible();
    await axe(desk);
    const organizer = await (await browser.newContext({ storageState: storageState("organizer") })).newPage();
    for (const path of [`/${locale}/admin/editions/${editionId}/participants`, `/${locale}/admin/editions/${editionId}/participants?view=delegations`, `/${locale}/admin/check-in`]) {
      await organizer.goto(path);
      await axe(organizer);
    }
  });
}
