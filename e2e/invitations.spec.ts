// Countries as invitees, end to end in Chromium: the organizer invites the African Group
// and every country never invited, pastes the focal points and sends (each email reaches
// the SMTP server once, however often "Send" is clicked); Pakistan's focal point opens the
// link in Arabic, accepts, nominates a head and two members, and a stale second tab is
// refused a second head and a fourth member; the letter's PDF reads back in Arabic; a
// revoked link shows the plain page. Then axe on the new pages in English and Arabic.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { COUNTRIES } from "../prisma/data/countries";
import { pdfText } from "../lib/pdf/pdf-text";
import { readDemo } from "./support/matrix";
import { decodeBody, waitForMail } from "./support/mail";
import { ownEdition } from "./support/factories";
import { storageState } from "./support/roles";

const ar = JSON.parse(readFileSync(path.resolve(__dirname, "../lib/i18n/messages/ar.json"), "utf8")) as Record<string, Record<string, unknown>>;
const arPanel = ar.invitationPanel as Record<string, string>;
const arReasons = ar.reasons as Record<string, string>;
const MAIL_DIR = path.resolve(__dirname, "../test-results/mail");

test.use({ storageState: storageState("organizer") });

/** The messages the test SMTP server received since `since`, addressed to `domain`. */
function mailsTo(domain: string, since: number): string[] {
  return readdirSync(MAIL_DIR)
    .filter((f) => Number(f.split("-")[0]) >= since)
    .flatMap((f) => (JSON.parse(readFileSync(path.join(MAIL_DIR, f), "utf8")) as { to: string[] }).to)
    .filter((to) => to.endsWith(`@${domain}`));
}

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("invite a regional group and the countries never invited, send once, answer in Arabic within the quota", async ({ page, browser }) => {
  test.setTimeout(240_000);
  // A draft edition of a series of our own: the growth figures start from nothing.
  const { id: editionId } = await ownEdition(page.request, { theme: { en: "Invitations end to end", ar: "الدعوات من البداية إلى النهاية" }, venue: { en: "CIIS, Beijing" }, timeZone: "Asia/Shanghai", startsAt: "2027-11-09T09:00", endsAt: "2027-11-10T17:30", capacity: "300" });
  await page.goto(`/en/admin/editions/${editionId}/invitations`);
  const invite = page.getByRole("region", { name: "Invite" });

  await invite.getByLabel("Regional group").selectOption("AFRICAN");
  await invite.getByRole("button", { name: "Invite the whole group" }).click();
  await expect(page.getByRole("heading", { name: "54 invitations" })).toBeVisible();
  await expect(page.getByTestId("new-countries")).toHaveText("54 new countries this edition");

  await invite.getByRole("button", { name: "Invite the 141 countries never invited before" }).click();
  await expect(page.getByRole("heading", { name: "195 invitations" })).toBeVisible();
  await expect(page.getByTestId("new-countries")).toHaveText("195 new countries this edition");
  await expect(invite.getByRole("button", { name: "Every country has been invited before" })).toBeDisabled();

  // The focal points, pasted from a spreadsheet (tab-separated); a bad line changes nothing.
  const domain = `focal-${Date.now().toString(36)}.test`;
  const focal = page.getByRole("region", { name: "Focal points" });
  await focal.getByLabel("Paste the focal points, one invitee a line").fill(`PK\tnot an address\tAyesha Khan`);
  await focal.getByRole("button", { name: "Save the focal points" }).click();
  await expect(focal.getByText("Every line needs a code and an email address: nothing was saved.")).toBeVisible();
  const lines = COUNTRIES.map((c) => `${c.alpha3}\tfp-${c.alpha2.toLowerCase()}@${domain}\tFocal point ${c.alpha2}\tMinistry of Foreign Affairs`).join("\n");
  await focal.getByLabel("Paste the focal points, one invitee a line").fill(lines);
  await focal.getByRole("button", { name: "Save the focal points" }).click();
  await expect(focal.getByText("Focal points saved.")).toBeVisible();

  // Send to the whole (unfiltered) list, twice, as an impatient double click would.
  const since = Date.now();
  await page.reload();
  const send = page.getByRole("button", { name: "Send", exact: true });
  await Promise.all([send.click(), send.click()]);
  await expect(page.getByText(/^Done\./).first()).toBeVisible();
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect.poll(() => mailsTo(domain, since).length, { timeout: 60_000, message: "195 invitations delivered" }).toBe(195);
  await page.waitForTimeout(3000); // a second delivery, if any, would arrive now
  const delivered = mailsTo(domain, since);
  expect(delivered).toHaveLength(195);
  expect(new Set(delivered).size).toBe(195);
  await expect(page.getByRole("link", { name: /Sent/ }).getByText("195")).toBeVisible();

  // Pakistan's letter, in English (the language chosen), holds its secret link.
  const mail = decodeBody(await waitForMail(`fp-pk@${domain}`, since));
  expect(mail).toContain("Pakistan");
  const token = /\/en\/invitation\/([A-Za-z0-9_-]{43})/.exec(mail)?.[1];
  expect(token, "the link in the mail").toBeTruthy();

  // The focal point, with no account, opens it in Arabic.
  const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const tabA = await visitor.newPage();
  await tabA.goto(`/ar/invitation/${token}`);
  await expect(tabA.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(tabA.getByText("باكستان").first()).toBeVisible();
  await axeClean(tabA);
  await tabA.getByRole("button", { name: arPanel.accept }).click();
  await expect(tabA.getByText(arPanel.answerSaved)).toBeVisible();
  await tabA.reload();
  await axeClean(tabA); // with the nomination form
  const english = await visitor.newPage();
  await english.goto(`/en/invitation/${token}`);
  await expect(english.getByRole("heading", { name: "Nominate a delegate" })).toBeVisible();
  await axeClean(english);
  await english.close();

  // A second tab opened now keeps a stale form: the server must refuse what it no longer allows.
  const tabB = await visitor.newPage();
  await tabB.goto(`/ar/invitation/${token}`);

  const delegation = (tab: Page) => tab.getByRole("region", { name: arPanel.delegation });
  const nominate = async (tab: Page, given: string, family: string, role: "HEAD" | "MEMBER") => {
    const form = delegation(tab);
    await form.getByLabel(arPanel.givenName).fill(given);
    await form.getByLabel(arPanel.familyName).fill(family);
    await form.getByLabel(arPanel.delegationRole).selectOption(role);
    await form.getByLabel(arPanel.email).fill(`${given.toLowerCase()}.${Date.now().toString(36)}@mofa.example`);
    await form.getByLabel(arPanel.consent).check();
    await form.getByRole("button", { name: arPanel.nominate, exact: true }).click();
  };
  await nominate(tabA, "Ayesha", "Khan", "HEAD");
  await expect(tabA.getByText(arPanel.nominated)).toBeVisible();
  await tabA.reload();
  await nominate(tabA, "Bilal", "Ahmed", "MEMBER");
  await expect(tabA.getByText(arPanel.nominated)).toBeVisible();
  await tabA.reload();

  await nominate(tabB, "Imran", "Qureshi", "HEAD");
  await expect(tabB.getByRole("alert").filter({ hasText: arReasons.HEAD_TAKEN })).toBeVisible();

  await nominate(tabA, "Sana", "Malik", "MEMBER");
  // The third fills the delegation: the form gives way to the notice.
  await expect(tabA.getByText(arPanel.quotaReached.replace("{quota}", "3"))).toBeVisible();
  await expect(delegation(tabA).getByRole("button", { name: arPanel.nominate, exact: true })).toHaveCount(0);

  await delegation(tabB).getByLabel(arPanel.delegationRole).selectOption("MEMBER");
  await delegation(tabB).getByRole("button", { name: arPanel.nominate, exact: true }).click();
  await expect(tabB.getByRole("alert").filter({ hasText: arReasons.QUOTA_FULL })).toBeVisible();
  await expect(delegation(tabA).getByRole("listitem").filter({ hasText: /Ayesha Khan|Bilal Ahmed|Sana Malik/ })).toHaveCount(3);

  // The letter through the link, in Arabic: the country's name and the theme read back in logical order.
  const letter = await tabA.request.get(`/ar/invitation/${token}/letter?lang=ar`);
  expect(letter.status()).toBe(200);
  expect(letter.headers()["content-type"]).toBe("application/pdf");
  const text = (await pdfText(await letter.body())).join("\n").replace(/\s+/g, "");
  expect(text).toContain("باكستان");
  expect(text).toContain("الدعواتمنالبدايةإلىالنهاية");

  // The organizer revokes Pakistan's invitation: the link shows the plain page, and so does a made-up one.
  await page.goto(`/en/admin/editions/${editionId}/invitations?q=Pakistan`);
  await page.getByRole("link", { name: "Pakistan", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pakistan" })).toBeVisible();
  await expect(page.getByText("3 of 3 places used")).toBeVisible();
  page.once("dialog", (d) => void d.accept()); // "Revoke this invitation? …"
  await page.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText(/This invitation was revoked/)).toBeVisible();
  for (const t of [token!, "A".repeat(43), "nonsense"]) {
    await tabA.goto(`/ar/invitation/${t}`);
    await expect(tabA.getByRole("heading", { level: 1, name: arPanel.unavailableTitle })).toBeVisible();
    await expect(tabA.getByText("باكستان")).toHaveCount(0);
  }
  await axeClean(tabA);
  expect((await tabA.request.get(`/ar/invitation/${token}/letter?lang=ar`)).status()).toBe(404);
  await visitor.close();
});

test.describe("the new pages pass axe in English and Arabic", () => {
  for (const locale of ["en", "ar"]) {
    test(`organizer pages (${locale})`, async ({ page }) => {
      test.setTimeout(180_000); // many full pages, each analysed by axe: minutes on a busy 2-core machine
      const demo = await readDemo();
      for (const p of [
        `/${locale}/admin/editions/${demo.edition2}/invitations`,
        `/${locale}/admin/editions/${demo.edition2}/invitations/${demo.invitationEg}`,
        `/${locale}/admin/countries`,
        `/${locale}/admin/countries/PK`,
        `/${locale}/admin/series/${demo.seriesId}`,
      ]) {
        await page.goto(p);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await axeClean(page);
      }
    });
  }
});

test.describe("a focal point's account", () => {
  test.use({ storageState: storageState("focal") });
  for (const locale of ["en", "ar"]) {
    test(`sees Pakistan's invitations only, the same panel as the link (${locale}), and axe passes`, async ({ page }) => {
      await page.goto(`/${locale}/delegation`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const panel = JSON.parse(readFileSync(path.resolve(__dirname, `../lib/i18n/messages/${locale}.json`), "utf8")).invitationPanel as Record<string, string>;
      await expect(page.getByRole("heading", { name: panel.delegation }).first()).toBeVisible();
      await expect(page.getByText("Egypt")).toHaveCount(0);
      await axeClean(page);
    });
  }
});
