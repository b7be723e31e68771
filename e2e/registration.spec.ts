// Registration and accreditation end to end (issue 10): a delegate registers in French
// through their delegation's link; the focal point confirms; an organizer approves; the
// delegate's mails (caught by the test's SMTP server) hold their personal link; their
// cancellation moves the first waitlisted delegate up, who is emailed. Then a bad post that
// changes nothing, the personal page's downloads, and axe on the new pages in two languages.
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { callAction } from "./support/matrix";
import { queryOne } from "./support/db";
import { decodeBody, waitForMail, waitForMailContaining } from "./support/mail";
import { ownEdition } from "./support/factories";
import { storageState } from "./support/roles";
import { pdfText } from "../lib/pdf/pdf-text";

type Tree = { [k: string]: string | Tree };
const fr = JSON.parse(readFileSync(path.resolve(__dirname, "../lib/i18n/messages/fr.json"), "utf8")) as Tree;
/** A French message by its path, with {placeholders} filled. */
function tfr(key: string, values: Record<string, string> = {}): string {
  const m = key.split(".").reduce<string | Tree>((n, k) => (n as Tree)[k], fr) as string;
  return m.replace(/\{(\w+)\}/g, (_x, k: string) => values[k] ?? `{${k}}`);
}

const REGISTRATIONS = "lib/registrations/actions.ts";
const INVITATIONS = "lib/invitations/actions.ts";
const EDITIONS = "lib/editions/actions.ts";

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const registrationCount = async (editionId: string) => (await queryOne<{ n: number }>(`SELECT count(*)::int AS n FROM "Registration" WHERE "editionId" = $1`, [editionId])).n;

test.describe("registration", () => {
  test.use({ storageState: storageState("organizer") });

  test("through a delegation's link in French, confirmed, approved, cancelled: the waiting list moves up", async ({ page, browser }) => {
    test.setTimeout(180_000);
    const since = Date.now();
    const run = Date.now().toString(36);
    // An edition of our own, opened for registration with two seats and the focal point's stage.
    const { id: editionId, series } = await ownEdition(page.request, { theme: { en: "Registration end to end", fr: "Inscription de bout en bout" }, timeZone: "Asia/Shanghai", startsAt: "2027-11-09T09:00", endsAt: "2027-11-10T17:30", capacity: "2" });
    for (const to of ["ANNOUNCED", "REGISTRATION_OPEN"]) {
      expect((await callAction(page.request, `/en/admin/editions/${editionId}`, { file: EDITIONS, name: "transitionEditionAction" }, { locale: "en", id: editionId, to })).result).toMatchObject({ ok: true });
    }
    await page.goto(`/en/admin/editions/${editionId}/registrations`);
    const settings = page.getByRole("region", { name: "Registration settings" });
    await settings.getByLabel("Open to public registration").check();
    await settings.getByLabel("Focal points confirm their delegates").check();
    await settings.getByRole("button", { name: "Save the settings" }).click();
    await expect(settings.getByText("The settings are saved.")).toBeVisible();

    // Senegal is invited; its focal point gets the invitation by mail.
    const focalEmail = `focal.${run}@senegal.test`;
    expect((await callAction(page.request, `/en/admin/editions/${editionId}/invitations`, { file: INVITATIONS, name: "addInvitationsAction" }, { locale: "en", mode: "country", editionId, countryCode: "SN", quota: "3", letterLocale: "fr" })).result).toMatchObject({ ok: true });
    expect((await callAction(page.request, `/en/admin/editions/${editionId}/invitations`, { file: INVITATIONS, name: "importFocalPointsAction" }, { locale: "en", editionId, lines: `SN;${focalEmail};Awa Ndiaye;Ministère des Affaires étrangères` })).result).toMatchObject({ ok: true });
    const { id: invitationId } = await queryOne<{ id: string }>(`SELECT id FROM "Invitation" WHERE "editionId" = $1 AND "countryCode" = 'SN'`, [editionId]);
    expect((await callAction(page.request, `/en/admin/editions/${editionId}/invitations`, { file: INVITATIONS, name: "bulkInvitationsAction" }, { locale: "en", editionId, op: "send", ids: [invitationId] })).result).toMatchObject({ ok: true });
    const invitationLink = /\/fr\/invitation\/[A-Za-z0-9_-]{43}/.exec(decodeBody(await waitForMail(focalEmail, since)))![0];

    // The focal point accepts and finds the link to share with the delegation.
    const focal = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
    await focal.goto(invitationLink);
    await focal.getByRole("button", { name: tfr("invitationPanel.accept") }).click();
    const shared = (await focal.locator("[data-delegation-link]").textContent())!;
    expect(shared).toMatch(/\/fr\/register\/\w+\.[A-Za-z0-9_-]{43}$/);

    // The delegate registers in French through it; nothing typed is lost on a refused post.
    const delegateEmail = `mariama.${run}@senegal.test`;
    const delegate = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
    await delegate.goto(new URL(shared).pathname);
    await expect(delegate.getByText(tfr("registrationForm.delegationIntro", { invitee: "Sénégal" }))).toBeVisible();
    const label = (key: string) => delegate.getByLabel(`${tfr(`registrationForm.${key}`)} (${tfr("registrationForm.required")})`, { exact: true });
    await label("givenName").fill("Mariama");
    await label("familyName").fill("Sow");
    await label("email").fill(delegateEmail);
    await delegate.getByRole("button", { name: tfr("registrationForm.submit") }).click();
    await expect(delegate.getByText(tfr("validation.consentRequired"))).toBeVisible();
    await expect(label("givenName")).toHaveValue("Mariama");
    expect(await registrationCount(editionId)).toBe(0);
    await delegate.getByRole("checkbox", { name: tfr("registrationForm.consent", { version: "2026-12" }) }).check();
    await delegate.getByRole("button", { name: tfr("registrationForm.submit") }).click();
    await expect(delegate.getByRole("status")).toContainText(tfr("registrationForm.doneTitle"));

    // Her focal point is asked, in the invitation's language, to confirm her.
    expect(await waitForMailContaining(focalEmail, since, "Mariama Sow")).toContain(tfr("mail.registration.focalPoint.link"));

    // Two more: a seat for Ghana, the waiting list for Kenya.
    const ghana = `kofi.${run}@ghana.test`;
    const kenya = `wanjiru.${run}@kenya.test`;
    const anonymous = (await browser.newContext({ storageState: { cookies: [], origins: [] } })).request;
    for (const [email, countryCode] of [[ghana, "GH"], [kenya, "KE"]]) {
      const r = await callAction(anonymous, `/en/series/${series.slug}/1/register`, { file: REGISTRATIONS, name: "registerAction" }, { locale: "en", editionId, givenName: "Test", familyName: countryCode, email, countryCode, delegationRole: "MEMBER", consent: "on" });
      expect(r.result).toMatchObject({ ok: true });
    }
    expect(await queryOne(`SELECT status, "waitlistPosition" AS position FROM "Registration" WHERE email = $1`, [kenya])).toEqual({ status: "WAITLISTED", position: 1 });

    // The focal point confirms the delegate; the organizer approves her.
    await focal.reload();
    await focal.getByRole("button", { name: tfr("invitationPanel.confirmNamed", { name: "Mariama Sow" }) }).click();
    // Confirmed: the button gives way to the mark, and the secretariat's stage begins.
    await expect(focal.getByText(tfr("invitationPanel.confirmed"), { exact: true })).toBeVisible();
    await expect(focal.getByText(tfr("invitationPanel.toConfirm"))).toHaveCount(0);

    await page.goto(`/en/admin/editions/${editionId}/registrations?stage=secretariat`);
    await page.getByRole("checkbox", { name: "Select Mariama Sow" }).check();
    await page.getByLabel("Decision for the selected").selectOption("approve");
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Apply to the selected" }).click();
    await expect(page.getByText("1 registration changed")).toBeVisible();
    expect(await queryOne(`SELECT status FROM "Registration" WHERE email = $1`, [delegateEmail])).toEqual({ status: "APPROVED" });

    // Her mails hold her personal link; on it she sees the approval, downloads, and cancels.
    const approved = await waitForMailContaining(delegateEmail, since, tfr("mail.registration.body.approved").split("{edition}")[1].trim().slice(0, 20));
    const personal = /\/fr\/registration\/[A-Za-z0-9_-]{43}/.exec(approved)![0];
    await delegate.goto(personal);
    await expect(delegate.getByRole("heading", { level: 1 })).toHaveText(tfr("registrationSelf.title"));
    await expect(delegate.getByText(tfr("registrations.statusValue.APPROVED"), { exact: true })).toBeVisible();
    const data = await delegate.request.get(`${personal}/data`);
    expect(data.status()).toBe(200);
    expect((await data.json()).registration).toMatchObject({ givenName: "Mariama", familyName: "Sow", email: delegateEmail, status: "APPROVED" });
    const pdf = await delegate.request.get(`${personal}/confirmation`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const text = (await pdfText(Buffer.from(await pdf.body()))).join(" ");
    expect(text).toContain("Mariama");
    expect(text).toContain("Sénégal");
    await axeClean(delegate);

    delegate.once("dialog", (d) => void d.accept());
    await delegate.getByRole("button", { name: tfr("registrationSelf.cancel") }).click();
    // Cancelled: the page shows it, and offers no more changes.
    await expect(delegate.getByText(tfr("registrations.statusValue.CANCELLED"), { exact: true })).toBeVisible();
    await expect(delegate.getByText(tfr("registrationSelf.closed"))).toBeVisible();

    // The seat goes to Kenya's delegate, at once, and she is told.
    expect(await queryOne(`SELECT status, "waitlistPosition" AS position FROM "Registration" WHERE email = $1`, [kenya])).toEqual({ status: "PENDING", position: null });
    await waitForMailContaining(kenya, since, "A seat has become free");
  });

  test("bad posts get a translated reason and store nothing; another's token opens nothing", async ({ page, browser }) => {
    const { id: editionId, series } = await ownEdition(page.request, { capacity: "5" });
    const anonymous = (await browser.newContext({ storageState: { cookies: [], origins: [] } })).request;
    const post = (input: Record<string, unknown>) => callAction(anonymous, `/en/series/${series.slug}/1/register`, { file: REGISTRATIONS, name: "registerAction" }, { locale: "en", editionId, givenName: "A", familyName: "B", email: `x.${Date.now()}@example.org`, countryCode: "FR", delegationRole: "MEMBER", consent: "on", ...input });
    // A draft edition takes no registration.
    expect((await post({})).result).toMatchObject({ ok: false, reason: "REGISTRATION_CLOSED" });
    expect((await post({ givenName: "<script>alert(1)</script>" })).result).toMatchObject({ ok: false, reason: "INVALID_INPUT", fieldErrors: { givenName: ["noMarkup"] } });
    expect((await post({ countryCode: "XX" })).result).toMatchObject({ ok: false });
    expect((await post({ key: "forged.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" })).result).toMatchObject({ ok: false });
    // A 5 MB name never reaches the action: refused at the door (413), not a 5xx.
    expect((await post({ givenName: "A".repeat(5_000_000) })).status).toBe(413);
    expect(await registrationCount(editionId)).toBe(0);
    // The personal page and its downloads say nothing about a token that opens nothing.
    for (const path of ["/en/registration/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/en/registration/not-a-token"]) {
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is not available");
    }
    expect((await page.request.get("/en/registration/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/data")).status()).toBe(404);
    // The personal link's actions act on the token's registration only: a made-up token is refused before any use case runs.
    for (const name of ["cancelOwnRegistrationAction", "eraseOwnRegistrationAction"]) {
      const r = await callAction(anonymous, "/en/registration/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", { file: REGISTRATIONS, name }, { locale: "en", token: "A".repeat(43) });
      expect(r.result).toMatchObject({ ok: false, reason: "UNAUTHENTICATED" });
    }

  });

  test("the secretariat adds a speaker after the public form has closed", async ({ page }) => {
    const { id: editionId } = await ownEdition(page.request, { capacity: "5" });
    for (const to of ["ANNOUNCED", "REGISTRATION_OPEN"]) await callAction(page.request, `/en/admin/editions/${editionId}`, { file: EDITIONS, name: "transitionEditionAction" }, { locale: "en", id: editionId, to });
    await page.goto(`/en/admin/editions/${editionId}/registrations`);
    await page.getByRole("link", { name: "Add a participant" }).click();
    const label = (text: string) => page.getByLabel(text, { exact: true });
    await label("Given name(s) (required)").fill("Zhang");
    await label("Family name (required)").fill("Wei");
    await label("Country you represent (required)").selectOption("CN");
    await label("Email (required)").fill(`speaker.${Date.now()}@example.org`);
    await label("Badge category").selectOption("SPEAKER");
    await page.getByRole("checkbox", { name: /privacy notice/ }).check();
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByText("The participant is added (Pending).")).toBeVisible();
    expect(await queryOne(`SELECT "badgeCategory", status FROM "Registration" WHERE "editionId" = $1`, [editionId])).toEqual({ badgeCategory: "SPEAKER", status: "PENDING" });
  });

  for (const locale of ["en", "ar"] as const) {
    test(`the registration pages pass axe (${locale})`, async ({ page }) => {
      const { id: editionId } = await queryOne<{ id: string }>(`SELECT e.id FROM "Edition" e JOIN "Series" s ON s.id = e."seriesId" WHERE s.slug = 'joint-response-to-terrorism' AND e.number = 2`);
      await page.goto(`/${locale}/series/joint-response-to-terrorism/2/register`);
      await expect(page.locator('form input[name="editionId"]')).toHaveCount(1);
      await axeClean(page);
      await page.goto(`/${locale}/admin/editions/${editionId}/registrations`);
      await axeClean(page);
      const { id } = await queryOne<{ id: string }>(`SELECT id FROM "Registration" WHERE "editionId" = $1 ORDER BY "createdAt" LIMIT 1`, [editionId]);
      await page.goto(`/${locale}/admin/registrations/${id}`);
      await axeClean(page);
      await page.goto(`/${locale}/admin/registrations`);
      await axeClean(page);
    });
  }
});
