// Test data made the way users make it: through the app's own pages and use cases, never
// by writing rows directly. Reads (support/db.ts) only check what happened.
import { expect, type APIRequestContext, type Browser } from "@playwright/test";
import { SignInPage } from "../pages/sign-in-page";
import { BOUNCING_DOMAIN } from "../../scripts/lib/test-smtp";
import { queryOne } from "./db";
import { callAction } from "./matrix";
import { storageState } from "./roles";

/**
 * An email the outbox could not deliver: a sign-in link asked for a mailbox the mail
 * server refuses. Resolves once the worker has tried and failed, so it waits to be retried.
 */
export async function undeliveredMail(browser: Browser): Promise<{ id: string; nextAttemptAt: Date }> {
  const to = `nobody-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}@${BOUNCING_DOMAIN}`;
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const signIn = new SignInPage(await context.newPage());
    await signIn.open();
    await signIn.askForLink(to);
  } finally {
    await context.close();
  }
  let row: { id: string; status: string; attempts: number; nextAttemptAt: Date } | undefined;
  await expect
    .poll(async () => {
      row = await queryOne(`SELECT id, status::text, attempts, "nextAttemptAt" FROM "OutboxMessage" WHERE "toAddress" = $1`, [to]);
      return row ? `${row.status}/${row.attempts}` : "none";
    }, { timeout: 45_000 })
    .toBe("PENDING/1");
  return { id: row!.id, nextAttemptAt: row!.nextAttemptAt };
}

const SERIES_ACTIONS = "lib/series/actions.ts";

/** A series of our own (made by the organizer through the series form's action), so the matrix changes none of the demo's. */
export async function ownSeries(organizer: APIRequestContext): Promise<{ id: string; slug: string }> {
  const slug = `matrix-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
  const res = await callAction(organizer, "/en/admin/series/new", { file: SERIES_ACTIONS, name: "createSeriesAction" }, {
    locale: "en", slug, name: { en: `Authorization matrix ${slug}` }, description: {}, hostName: { en: "Matrix host" },
    defaultTimeZone: "Asia/Shanghai", recurrence: "NONE", recurrenceInterval: "1",
  });
  const id = /\/en\/admin\/series\/(\w+)/.exec(res.redirect ?? "")?.[1];
  if (!id) throw new Error(`the series was not created: ${JSON.stringify(res)}`);
  return { id, slug };
}

/** A programme session of our own in `editionId` (the organizer, through the programme form's action). */
export async function ownSession(organizer: APIRequestContext, editionId: string): Promise<string> {
  const res = await callAction(organizer, `/en/admin/editions/${editionId}`, { file: "lib/programme/actions.ts", name: "saveSessionAction" }, {
    locale: "en", editionId, title: { en: "Authorization matrix session" }, startsAt: "2027-11-10T18:00", endsAt: "2027-11-10T19:00",
  });
  const id = (res.result?.data as { id?: string } | undefined)?.id;
  if (!res.result?.ok || !id) throw new Error(`the session was not created: ${JSON.stringify(res)}`);
  return id;
}

/** A draft press release of our own (the press officer, through "Draft from the template"). */
export async function ownDraftRelease(press: APIRequestContext, editionId: string): Promise<string> {
  const res = await callAction(press, "/en/admin/newsroom", { file: "lib/press/actions.ts", name: "createReleaseAction" }, { locale: "en", editionId, sourceLocale: "en" });
  const id = /\/en\/admin\/newsroom\/(\w+)/.exec(res.redirect ?? "")?.[1];
  if (!id) throw new Error(`the release was not created: ${JSON.stringify(res)}`);
  return id;
}

/** An edition of a series of our own (the organizer, through the edition form's action); `over` changes its fields. */
export async function ownEdition(organizer: APIRequestContext, over: Record<string, unknown> = {}): Promise<{ id: string; series: { id: string; slug: string } }> {
  const series = await ownSeries(organizer);
  const res = await callAction(organizer, `/en/admin/editions/new?series=${series.id}`, { file: "lib/editions/actions.ts", name: "createEditionAction" }, {
    locale: "en", seriesId: series.id, number: "1", theme: { en: "Of our own" }, venue: {}, timeZone: "UTC", startsAt: "2027-05-04T09:00", endsAt: "2027-05-05T17:00", ...over,
  });
  const id = /\/en\/admin\/editions\/(\w+)/.exec(res.redirect ?? "")?.[1];
  if (!id) throw new Error(`the edition was not created: ${JSON.stringify(res)}`);
  return { id, series };
}

/**
 * A press release of our own, published: drafted, submitted and published by the organizer,
 * approved by the reviewer (a context of their own), in edition `editionId`.
 */
export async function ownPublishedRelease(organizer: APIRequestContext, browser: Browser, editionId: string): Promise<{ id: string; slug: string }> {
  const made = await callAction(organizer, "/en/admin/newsroom", { file: "lib/press/actions.ts", name: "createReleaseAction" }, { locale: "en", editionId, sourceLocale: "en" });
  const id = /\/en\/admin\/newsroom\/(\w+)/.exec(made.redirect ?? "")?.[1];
  if (!id) throw new Error(`the release was not created: ${JSON.stringify(made)}`);
  const step = (ctx: APIRequestContext, step: string, extra: Record<string, unknown> = {}) =>
    callAction(ctx, `/en/admin/newsroom/${id}`, { file: "lib/press/actions.ts", name: "stepReleaseAction" }, { releaseId: id, step, ...extra });
  await step(organizer, "submit");
  const reviewer = await browser.newContext({ storageState: storageState("reviewer") });
  try {
    expect((await step(reviewer.request, "approve", { version: 1 })).result).toMatchObject({ ok: true });
  } finally {
    await reviewer.close();
  }
  expect((await step(organizer, "publish")).result).toMatchObject({ ok: true });
  const { slug } = await queryOne<{ slug: string }>(`SELECT slug FROM "PressRelease" WHERE id = $1`, [id]);
  return { id, slug };
}
