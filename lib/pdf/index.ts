import "server-only";
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page, type Route } from "playwright-core";
import { fontResponse } from "./fonts";
import { pageSizeCss } from "./html";

// HTML → PDF by headless Chromium: of the renderers tried (react-pdf, PDFKit + bidi-js) the only one
// that shaped Arabic, ordered it right to left amid Latin names and drew Chinese with every font.
//
// One Chromium per process, launched on first use, with 2 pages reused job after job (~40 ms per
// PDF warm; a launch costs ~500 ms). The pool lives on globalThis so Next's dev reloads of this
// module do not leak browsers. Chromium runs without its sandbox as root, so the page is locked
// down instead: JavaScript off, every request routed, only data: URLs and our fonts answered.

/**
 * Paper size and orientation. Either one, when given, wins over the document's `@page { size }`
 * (pdfDocument always sets one); the document's margins stay.
 */
/** `timeoutMs`: a long document (hundreds of badges) may take longer than the default job time. */
export type PdfOptions = { format?: "A4" | "A6"; landscape?: boolean; timeoutMs?: number };

const PAGES = 2;
const JOBS_PER_PAGE = 200; // a fresh page now and then: no slow growth of one renderer's memory
const JOB_TIMEOUT_MS = 20_000;

type Slot = { page: Page | null; jobs: number; busy: boolean };
type Live = { browser: Browser; context: BrowserContext };

export type PdfPoolStats = {
  launches: number;
  pagesOpened: number;
  /** Pages open now (at most PAGES). */
  openPages: number;
  /** Most jobs ever rendering at once (at most PAGES). */
  maxBusy: number;
  jobs: number;
  fontRequests: number;
  blockedRequests: number;
};

type Pool = {
  live: Live | null;
  launching: Promise<Live> | null;
  slots: Slot[];
  waiting: Array<(slot: Slot) => void>;
  stats: Omit<PdfPoolStats, "openPages">;
};

const POOL_KEY = Symbol.for("plenary.pdfPool");
const store = globalThis as typeof globalThis & { [POOL_KEY]?: Pool };

function pool(): Pool {
  store[POOL_KEY] ??= {
    live: null,
    launching: null,
    slots: Array.from({ length: PAGES }, () => ({ page: null, jobs: 0, busy: false })),
    waiting: [],
    stats: { launches: 0, pagesOpened: 0, maxBusy: 0, jobs: 0, fontRequests: 0, blockedRequests: 0 },
  };
  return store[POOL_KEY];
}

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  // Debian's /usr/bin/chromium is a shell wrapper that adds flags; prefer the binary itself.
  return existsSync("/usr/lib/chromium/chromium") ? "/usr/lib/chromium/chromium" : "/usr/bin/chromium";
}

async function answer(p: Pool, route: Route): Promise<void> {
  const url = route.request().url();
  if (url.startsWith("data:")) return route.continue();
  const font = await fontResponse(url).catch(() => null);
  if (font) {
    p.stats.fontRequests++;
    return route.fulfill({
      status: 200,
      contentType: font.contentType,
      body: font.body,
      // Cached by Chromium: the next documents need no round trip. Fonts are fetched in CORS mode.
      headers: { "cache-control": "public, max-age=31536000, immutable", "access-control-allow-origin": "*" },
    });
  }
  p.stats.blockedRequests++;
  return route.abort("blockedbyclient");
}

async function launch(p: Pool): Promise<Live> {
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: "block" });
    await context.route("**/*", (route) => answer(p, route));
    p.stats.launches++;
    return { browser, context };
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}

/** The live browser context, relaunching Chromium if it is gone (crashed, killed, closed). */
async function liveContext(p: Pool): Promise<BrowserContext> {
  if (p.live?.browser.isConnected()) return p.live.context;
  p.live = null;
  p.launching ??= launch(p)
    .then((live) => (p.live = live))
    .finally(() => {
      p.launching = null;
    });
  return (await p.launching).context;
}

function acquire(p: Pool): Promise<Slot> {
  const free = p.slots.find((slot) => !slot.busy);
  if (free) {
    free.busy = true;
    p.stats.maxBusy = Math.max(p.stats.maxBusy, p.slots.filter((slot) => slot.busy).length);
    return Promise.resolve(free);
  }
  return new Promise((resolve) => p.waiting.push(resolve));
}

function release(p: Pool, slot: Slot): void {
  const next = p.waiting.shift();
  if (next) next(slot); // handed over still busy: first come, first served
  else slot.busy = false;
}

async function discardPage(slot: Slot): Promise<void> {
  const page = slot.page;
  slot.page = null;
  await page?.close().catch(() => {});
}

async function slotPage(p: Pool, slot: Slot, context: BrowserContext): Promise<Page> {
  if (slot.page && (slot.page.isClosed() || slot.page.context() !== context || slot.jobs >= JOBS_PER_PAGE)) {
    await discardPage(slot);
  }
  if (!slot.page) {
    const page = await context.newPage();
    page.setDefaultTimeout(JOB_TIMEOUT_MS);
    // Lay the page out as it will print, so the fonts awaited below are the ones the PDF uses.
    await page.emulateMedia({ media: "print" });
    slot.page = page;
    slot.jobs = 0;
    p.stats.pagesOpened++;
  }
  slot.jobs++;
  return slot.page;
}

// With JavaScript off the page's own scripts never run, but Playwright's evaluate still does (it
// goes through the DevTools protocol). The `load` event already waits for fonts requested while
// parsing; this also catches any requested by a later layout. Reading offsetHeight forces layout.
const FONTS_READY = "(async () => { void document.body?.offsetHeight; await document.fonts.ready; return document.fonts.status; })()";

/**
 * The caller's paper as a style after the document's own: last in the cascade, it beats the
 * document's @page size (the parser moves it into the body, where it still applies). page.pdf's
 * format and landscape would not do: with preferCSSPageSize off Chromium still takes the
 * orientation from the document's @page, and with it on ignores them. (page.addStyleTag would
 * wait forever: it awaits the style's load event through a JS listener, and JS is off.)
 */
function withPaper(html: string, options: PdfOptions): string {
  if (options.format === undefined && options.landscape === undefined) return html;
  return `${html}<style>@page { size: ${pageSizeCss(options.format ?? "A4", options.landscape)}; }</style>`;
}

/** A job failed because its Chromium went away (crash, OOM kill): worth one more try. */
class BrowserGone extends Error {}
class JobTimeout extends Error {}

async function render(p: Pool, slot: Slot, html: string, options: PdfOptions): Promise<Buffer> {
  const context = await liveContext(p);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    const ms = options.timeoutMs ?? JOB_TIMEOUT_MS;
    timer = setTimeout(() => reject(new JobTimeout(`renderPdf: no PDF after ${ms} ms`)), ms);
  });
  const job = (async () => {
    const page = await slotPage(p, slot, context);
    await page.setContent(withPaper(html, options), { waitUntil: "load" });
    await page.evaluate(FONTS_READY);
    return page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  })();
  job.catch(() => {}); // after a timeout it rejects when its Chromium is closed: handled below
  try {
    return await Promise.race([job, timeout]);
  } catch (error) {
    if (error instanceof JobTimeout) {
      // A wedged Chromium: close it, which also ends this job's pending calls. A job rendering on
      // the other page then fails as BrowserGone and is retried; this one (maybe a poison
      // document) is not.
      if (p.live?.context === context) p.live = null;
      await context.browser()?.close().catch(() => {});
    }
    await discardPage(slot); // a page that failed is not reused
    if (!(error instanceof JobTimeout) && !context.browser()?.isConnected()) {
      throw new BrowserGone("Chromium went away", { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Renders a complete HTML document (see pdfDocument in lib/pdf/html.ts) to PDF bytes. */
export async function renderPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  const p = pool();
  const slot = await acquire(p);
  try {
    try {
      return await render(p, slot, html, options);
    } catch (error) {
      if (!(error instanceof BrowserGone)) throw error;
      return await render(p, slot, html, options); // on a new Chromium
    }
  } finally {
    p.stats.jobs++;
    release(p, slot);
  }
}

export function pdfPoolStats(): PdfPoolStats {
  const p = pool();
  return { ...p.stats, openPages: p.slots.filter((slot) => slot.page && !slot.page.isClosed()).length };
}

/** Closes Chromium (tests, shutdown). A later renderPdf launches a new one. */
export async function closePdfPool(): Promise<void> {
  const p = pool();
  const live = p.live ?? (await p.launching?.catch(() => null)) ?? null;
  p.live = null;
  for (const slot of p.slots) slot.page = null;
  await live?.browser.close().catch(() => {});
}

/** A PDF as a private download: never cached, never indexed, no referrer. `fileName` must be ASCII made by us, never input. */
export function pdfDownload(pdf: Buffer, fileName: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
      "X-Robots-Tag": "noindex",
    },
  });
}
