// Two instances of Plenary on one database (the second, started here, runs no jobs): the
// public pages are cached on both, and a change made through one is on the other at once.
// A release scheduled for a set time is on no public page of either instance just before
// it and on all of them just after — published by whichever process runs the job (the first
// instance's own workers, or `npm run worker`, also started here), never by the second.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { queryOne } from "./support/db";
import { callAction, readDemo } from "./support/matrix";
import { storageState } from "./support/roles";

test.describe.configure({ mode: "serial" });

const A = "http://localhost:3100";
const B_PORT = 3102;
const B = `http://localhost:${B_PORT}`;
const PRESS = "lib/press/actions.ts";
const children: ChildProcess[] = [];

function start(command: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command[0], command.slice(1), {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789", AUTH_URL: A, PLENARY_DEMO: "on", NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  children.push(child);
  return child;
}

test.beforeAll(async () => {
  start(["node_modules/.bin/tsx", "scripts/server.ts"], { PORT: String(B_PORT), PLENARY_JOBS: "off" });
  await expect.poll(async () => (await fetch(`${B}/api/health`).catch(() => null))?.ok ?? false, { timeout: 60_000 }).toBe(true);
});

test.afterAll(async () => {
  for (const c of children) c.kill("SIGTERM");
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)));
});

/** Every public reading of the newsroom on one instance: the list, the feeds, the sitemap and the release's page. */
async function readNews(base: string, slug: string) {
  const get = (path: string) => fetch(base + path, { redirect: "manual" });
  const [list, feed, arFeed, sitemap, page] = await Promise.all([get("/en/news"), get("/en/news/feed.xml"), get("/ar/news/feed.xml"), get("/sitemap.xml"), get(`/en/news/${slug}`)]);
  return { list: await list.text(), feed: await feed.text(), arFeed: await arFeed.text(), sitemap: await sitemap.text(), status: page.status, page: await page.text() };
}

async function approvedRelease(browser: Browser, press: APIRequestContext, editionId: string, title: string): Promise<{ id: string; slug: string }> {
  const made = await callAction(press, "/en/admin/newsroom", { file: PRESS, name: "createReleaseAction" }, { locale: "en", editionId, sourceLocale: "en" });
  const id = /\/en\/admin\/newsroom\/(\w+)/.exec(made.redirect ?? "")?.[1];
  if (!id) throw new Error(`the release was not created: ${JSON.stringify(made)}`);
  const page = `/en/admin/newsroom/${id}`;
  expect((await callAction(press, page, { file: PRESS, name: "saveReleaseTextAction" }, { releaseId: id, locale: "en", title, body: "Delegations will meet." })).result).toMatchObject({ ok: true });
  expect((await callAction(press, page, { file: PRESS, name: "stepReleaseAction" }, { releaseId: id, step: "submit" })).result).toMatchObject({ ok: true });
  const { n } = await queryOne<{ n: number }>(`SELECT max(number)::int AS n FROM "PressReleaseVersion" WHERE "releaseId" = $1 AND locale = 'en'`, [id]);
  const reviewer = await browser.newContext({ storageState: storageState("reviewer") });
  try {
    expect((await callAction(reviewer.request, page, { file: PRESS, name: "stepReleaseAction" }, { releaseId: id, step: "approve", version: n })).result).toMatchObject({ ok: true });
  } finally {
    await reviewer.close();
  }
  return { id, slug: (await queryOne<{ slug: string }>(`SELECT slug FROM "PressRelease" WHERE id = $1`, [id])).slug };
}

test("a release withdrawn through one instance is gone from every page of the other at once", async ({ browser }) => {
  const demo = await readDemo();
  const organizer = await browser.newContext({ storageState: storageState("organizer"), baseURL: A });
  const press = await browser.newContext({ storageState: storageState("press"), baseURL: A });
  const title = `Two instances ${Date.now().toString(36)}`;
  const { id } = await approvedRelease(browser, press.request, demo.edition2, title);
  expect((await callAction(organizer.request, `/en/admin/newsroom/${id}`, { file: PRESS, name: "stepReleaseAction" }, { releaseId: id, step: "publish" })).result).toMatchObject({ ok: true });
  const { slug } = await queryOne<{ slug: string }>(`SELECT slug FROM "PressRelease" WHERE id = $1`, [id]);

  // Read twice on each instance: the second reading comes from its cache.
  for (const base of [A, B, A, B]) {
    const seen = await readNews(base, slug);
    expect(seen.status).toBe(200);
    expect(seen.page).toContain(title);
    expect(seen.list).toContain(title);
    expect(seen.feed).toContain(title);
    expect(seen.sitemap).toContain(`/en/news/${slug}`);
  }

  const withdrawn = await callAction(organizer.request, `/en/admin/newsroom/${id}`, { file: PRESS, name: "stepReleaseAction" }, { releaseId: id, step: "withdraw", note: "Sent in error." });
  expect(withdrawn.result).toMatchObject({ ok: true });
  // At once, on the instance that did not make the change, and on the one that did: no polling.
  for (const base of [B, A]) {
    const seen = await readNews(base, slug);
    expect(seen.status, base).toBe(410);
    expect(seen.page).not.toContain("Delegations will meet.");
    expect(seen.list, base).not.toContain(title);
    expect(seen.feed, base).not.toContain(title);
    expect(seen.sitemap, base).not.toContain(`/en/news/${slug}`);
  }
  await organizer.close();
  await press.close();
});

/** The next whole minute at least 40 s away, as a wall-clock time in Beijing (edition 2's time zone). */
function nextMinuteInBeijing(): { local: string; at: number } {
  const at = Math.ceil((Date.now() + 40_000) / 60_000) * 60_000;
  const b = new Date(at + 8 * 3_600_000); // Asia/Shanghai has no daylight saving
  const p = (n: number) => String(n).padStart(2, "0");
  return { at, local: `${b.getUTCFullYear()}-${p(b.getUTCMonth() + 1)}-${p(b.getUTCDate())}T${p(b.getUTCHours())}:${p(b.getUTCMinutes())}` };
}

test("a release scheduled for a set time is on no page of either instance before it, and on all of them just after", async ({ browser }) => {
  test.setTimeout(240_000);
  const demo = await readDemo();
  const press = await browser.newContext({ storageState: storageState("press"), baseURL: A });
  const title = `On the minute ${Date.now().toString(36)}`;
  const { id, slug } = await approvedRelease(browser, press.request, demo.edition2, title);
  const when = nextMinuteInBeijing();
  const timed = await callAction(press.request, `/en/admin/newsroom/${id}`, { file: PRESS, name: "timeReleaseAction" }, { releaseId: id, mode: "schedule", publishAt: when.local });
  expect(timed.result).toMatchObject({ ok: true });
  // A worker process of its own competes with the first instance's workers for the job (and
  // for the outbox: it sends through the same mail server).
  start(["node_modules/.bin/tsx", "--require", "./scripts/lib/server-only-shim.cjs", "scripts/worker.ts"], {
    SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? 2526}`,
    MAIL_FROM: "Plenary <plenary@example.org>",
  });

  // Fill both caches, then read again in the last seconds before the time (ten reads on two
  // instances take a few seconds on a busy machine: they start 10 s ahead and must end before it).
  for (const base of [A, B]) await readNews(base, slug);
  await new Promise((r) => setTimeout(r, Math.max(0, when.at - 10_000 - Date.now())));
  for (const base of [A, B]) {
    const seen = await readNews(base, slug);
    expect(seen.status).toBe(404);
    for (const text of [seen.list, seen.feed, seen.sitemap]) expect(text).not.toContain(title);
  }
  expect(Date.now()).toBeLessThan(when.at); // all of it before the time

  // The moment the job's transaction commits, every page of both instances has it.
  await expect.poll(async () => (await queryOne<{ status: string }>(`SELECT status::text FROM "PressRelease" WHERE id = $1`, [id])).status, { timeout: 60_000, intervals: [100] }).toBe("PUBLISHED");
  expect(Date.now()).toBeGreaterThanOrEqual(when.at);
  const published = (await queryOne<{ slug: string }>(`SELECT slug FROM "PressRelease" WHERE id = $1`, [id])).slug;
  for (const base of [B, A]) {
    const seen = await readNews(base, published);
    expect(seen.status, base).toBe(200);
    expect(seen.page).toContain(title);
    expect(seen.list, base).toContain(title);
    expect(seen.feed, base).toContain(title);
    expect(seen.sitemap, base).toContain(`/en/news/${published}`);
  }
  expect(slug).not.toBe(""); // the provisional address was read before: the page was a 404 then
  await press.close();
});

test("public pages come compressed with an ETag, a 304 when unchanged, and no cache on the way may keep them", async () => {
  const url = `${A}/en/news`;
  const first = await fetch(url, { headers: { "accept-encoding": "br" } });
  const etag = first.headers.get("etag");
  expect(etag).toMatch(/^"[\w-]+"$/);
  expect(first.headers.get("content-encoding")).toBe("br");
  expect(first.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
  expect(first.headers.get("vary")).toContain("Accept-Encoding");
  expect(await first.text()).toContain("<h1"); // fetch decodes Brotli: the page itself
  const again = await fetch(url, { headers: { "if-none-match": etag! } });
  expect(again.status).toBe(304);
  // A request Next must answer itself (an RSC payload for client navigation) is not the cached page.
  const rsc = await fetch(url, { headers: { rsc: "1" } });
  expect(rsc.headers.get("content-type")).toContain("text/x-component");
});
