// lib/pdf against a real headless Chromium (no database): trilingual text that reads back in
// logical order, paper sizes, a page that never reaches the network, escaped input, a pool of two
// pages under load, and a new Chromium after the old one is killed.
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closePdfPool, pdfPoolStats, renderPdf } from "./index";
import { bdi, html, pdfDocument, type PdfPage } from "./html";
import { pdfPageSizes, pdfText } from "./pdf-text";

const AR_TITLE = "دعوة إلى الندوة الدولية";
const AR_COUNTRY = "جمهورية باكستان الإسلامية";
const ZH_COUNTRY = "中华人民共和国";
const ZH_TITLE = "国际研讨会邀请函";

function letter(options: { css?: string; page?: PdfPage; name?: string } = {}): string {
  return pdfDocument({
    lang: "en",
    title: "Invitation",
    css: options.css,
    page: options.page,
    body: html`<h1>Invitation to the International Seminar</h1>
      <p>Dear ${options.name ?? "John Smith"},</p>
      <p lang="ar" dir="rtl">${AR_TITLE}</p>
      <p lang="ar" dir="rtl">${AR_COUNTRY} ${bdi("John Smith")}</p>
      <p lang="zh">${ZH_COUNTRY}</p>
      <p lang="zh">${ZH_TITLE}</p>`,
  });
}

let server: Server;
let origin: string;
let serverHits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    serverHits++;
    res.end(req.url?.endsWith(".css") ? "body { display: none }" : "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await closePdfPool();
  await new Promise((resolve) => server.close(resolve));
});

describe("renderPdf", () => {
  it("writes English, Arabic and Chinese that read back whole and in logical order", async () => {
    const [text] = await pdfText(await renderPdf(letter()));
    expect(text).toContain("Invitation to the International Seminar");
    expect(text).toContain(AR_TITLE);
    expect(text).toContain(`${AR_COUNTRY} John Smith`); // the Latin name after the Arabic, as typed
    expect(text).toContain(ZH_COUNTRY);
    expect(text).toContain(ZH_TITLE);

    // Warm timing, for the record (the first render above launched Chromium and loaded the fonts).
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) await renderPdf(letter());
    console.info(`[pdf] warm: ${((performance.now() - t0) / 5).toFixed(1)} ms per PDF`);
  });

  it("control: with Amiri's kerning on, an Arabic word extracts split in two", async () => {
    // Shows that the assertions above can fail, and why the base CSS turns kerning off.
    const [text] = await pdfText(await renderPdf(letter({ css: ":lang(ar) { font-kerning: normal; }" })));
    expect(text).not.toContain(AR_COUNTRY);
    expect(text).toContain("جمهور ية");
  });

  it("prints on the paper asked for: A4 by default, A6 by the document or by the caller", async () => {
    const [a4] = await pdfPageSizes(await renderPdf(letter()));
    const [a6ByCss] = await pdfPageSizes(await renderPdf(letter({ page: { size: "A6", margin: "5mm" } })));
    const [a6ByCaller] = await pdfPageSizes(await renderPdf(letter(), { format: "A6" }));
    const [a6Landscape] = await pdfPageSizes(await renderPdf(letter(), { format: "A6", landscape: true }));
    const [bare] = await pdfPageSizes(await renderPdf("<p>No @page rule</p>", { format: "A6" }));
    // 1 mm = 72 / 25.4 pt; Chromium rounds the page to whole CSS pixels.
    const pt = (mm: number) => (mm * 72) / 25.4;
    const close = (size: { width: number; height: number }, w: number, h: number) => {
      expect(Math.abs(size.width - pt(w))).toBeLessThan(2);
      expect(Math.abs(size.height - pt(h))).toBeLessThan(2);
    };
    close(a4, 210, 297);
    close(a6ByCss, 105, 148);
    close(a6ByCaller, 105, 148);
    close(a6Landscape, 148, 105);
    close(bare, 105, 148);
  });

  it("never reaches the network, and still renders", async () => {
    const blockedBefore = pdfPoolStats().blockedRequests;
    const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
      <link rel="stylesheet" href="${origin}/x.css"></head>
      <body><p>Still renders</p><img src="${origin}/x.png" alt="">
      <iframe src="file:///etc/hostname"></iframe><iframe src="${origin}/frame"></iframe></body></html>`;
    const [text] = await pdfText(await renderPdf(page));
    expect(text).toContain("Still renders"); // the stylesheet would hide it
    expect(text).not.toContain(readFileSync("/etc/hostname", "utf8").trim());
    expect(serverHits).toBe(0);
    expect(pdfPoolStats().blockedRequests - blockedBefore).toBeGreaterThanOrEqual(3);
  });

  it("prints a hostile name as text, not markup, in English and inside Arabic", async () => {
    const name = `<img src=x onerror=alert(1)> & "quotes" 'too'`;
    const [text] = await pdfText(await renderPdf(letter({ name })));
    expect(text).toContain(`Dear ${name},`);

    const arabic = pdfDocument({
      lang: "ar",
      title: name,
      body: html`<p>السيد ${bdi(name)}، رئيس وفد ${AR_COUNTRY}،</p><p>رقم الدعوة ${bdi("INV-2026-0042")}.</p>`,
    });
    const [arText] = await pdfText(await renderPdf(arabic));
    expect(arText).toBe(`السيد ${name}، رئيس وفد ${AR_COUNTRY}،\nرقم الدعوة INV-2026-0042.`);
  });

  it("renders 8 at once on at most 2 pages", async () => {
    const before = pdfPoolStats();
    const pdfs = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        renderPdf(pdfDocument({ lang: "en", title: `Badge ${i}`, body: html`<p>Badge number ${i}</p>`, page: { size: "A6" } })),
      ),
    );
    const texts = await Promise.all(pdfs.map(async (pdf) => (await pdfText(pdf))[0]));
    texts.forEach((text, i) => expect(text).toBe(`Badge number ${i}`));
    const after = pdfPoolStats();
    expect(after.maxBusy).toBe(2); // concurrency did happen, and never beyond 2
    expect(after.openPages).toBeLessThanOrEqual(2);
    expect(after.pagesOpened - before.pagesOpened).toBeLessThanOrEqual(2);
    expect(after.launches).toBe(before.launches);
  });

  it("launches a new Chromium when the old one is killed, and finishes the jobs it had", async () => {
    await renderPdf(letter()); // Chromium is up
    const before = pdfPoolStats();
    const pids = chromiumChildren();
    expect(pids).toHaveLength(1);

    const jobs = Array.from({ length: 4 }, () => renderPdf(letter()));
    process.kill(pids[0], "SIGKILL"); // while they render or wait for a page
    for (const pdf of await Promise.all(jobs)) expect((await pdfText(pdf))[0]).toContain(AR_TITLE);
    expect(pdfPoolStats().launches).toBe(before.launches + 1);
    expect(chromiumChildren()).not.toContain(pids[0]);
  });
});

/** The Chromium browser processes this test process started (Playwright spawns them directly). */
function chromiumChildren(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // pid (comm) state ppid …; comm may contain spaces, so split after the last ")".
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (comm.startsWith("chromium") && Number(ppid) === process.pid && state !== "Z") pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}
