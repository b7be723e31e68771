// Bad input never reaches the database and never answers 5xx: every public route and the
// public forms, fed what no browser sends. A route answers 404 (or 400) for a bad path, a
// page ignores a bad optional query value, a form refuses a bad field, and nothing is stored.
import { expect, test } from "@playwright/test";
import { actionId, multipartBody, postAction, postFormAction, type Field } from "./support/actions";
import { queryOne } from "./support/db";
import { badEmails, FIVE_MB, LONG, probe, RAW_VALUES, RELEASE, rowsMarked, SERIES } from "./support/fuzz";
import { storageState } from "./support/roles";

const RUN = Date.now().toString(36);

const PATHS: ((v: string) => string)[] = [
  (v) => `/${v}`,
  (v) => `/${v}/news`,
  (v) => `/${v}/news/feed.xml`,
  (v) => `/${v}/series/${SERIES}`,
  (v) => `/${v}/series/${SERIES}/calendar.ics`,
  (v) => `/${v}/sign-in`,
  (v) => `/en/series/${v}`,
  (v) => `/en/series/${v}/1`,
  (v) => `/en/series/${v}/calendar.ics`,
  (v) => `/en/series/${v}/1/calendar.ics`,
  (v) => `/en/series/${SERIES}/${v}`,
  (v) => `/en/series/${SERIES}/${v}/calendar.ics`,
  (v) => `/en/news/${v}`,
  (v) => `/api/auth/${v}`,
  (v) => `/api/auth/callback/${v}`,
];

for (const path of PATHS) {
  test(`a bad path segment in ${path("{x}")} is a 4xx, never a 5xx`, async ({ request }) => {
    expect(await probe(request, RAW_VALUES.map(path))).toEqual([]);
  });
}

// Pages and feeds still answer 200: a bad optional query value is ignored, not an error.
const QUERIES: ((v: string) => string)[] = [
  (v) => `/en/news?q=${v}`,
  (v) => `/en/news?edition=${v}`,
  (v) => `/en/news?edition=${SERIES}:${v}`,
  (v) => `/en/news?edition=${v}:1`,
  (v) => `/en/news?q=${v}&edition=${v}&q=${v}`,
  (v) => `/en/sign-in?callbackUrl=${v}&error=${v}`,
  (v) => `/en?x=${v}`,
  (v) => `/en/series/${SERIES}?x=${v}`,
  (v) => `/en/series/${SERIES}/1?x=${v}`,
  (v) => `/en/series/${SERIES}/calendar.ics?x=${v}`,
  (v) => `/en/news/${RELEASE}?x=${v}`,
  (v) => `/en/news/feed.xml?x=${v}`,
  (v) => `/sitemap.xml?x=${v}`,
];

for (const query of QUERIES) {
  test(`a bad query value in ${query("{x}")} is ignored`, async ({ request }) => {
    expect(await probe(request, RAW_VALUES.map(query), (p) => p.status === 200)).toEqual([]);
  });
}

test("repeated query names (an array where one value is expected) are ignored", async ({ request }) => {
  const urls = ["/en/news?q=a&q=b", `/en/news?edition=${SERIES}:1&edition=${SERIES}:1`, "/en/news?q[]=a&q[a]=b", "/en/sign-in?callbackUrl=/en&callbackUrl=/fr&error=a&error=b"];
  expect(await probe(request, urls, (p) => p.status === 200)).toEqual([]);
});

test("the reported cases: a NUL in the search and an edition number past 2^64", async ({ page }) => {
  const news = await page.goto("/en/news?q=%00");
  expect(news?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Newsroom" })).toBeVisible();
  const edition = await page.goto(`/en/series/${SERIES}/99999999999999999999`);
  expect(edition?.status()).toBe(404);
});

// A bad sign-in link is an invalid link ("Verification"), not a server fault ("Configuration",
// what the sign-in library answers when the database refused what it was given).
test("a malformed emailed sign-in link is refused as invalid, before the database", async ({ request }) => {
  const links = [
    ...RAW_VALUES.map((v) => `/api/auth/callback/email?token=${v}&email=${v}`),
    ...RAW_VALUES.map((v) => `/api/auth/callback/email?token=${"a".repeat(64)}&email=fuzz-${RUN}${v}%40example.org`),
    "/api/auth/callback/email?token=a&token=b&email=a%40example.org&email=b%40example.org",
  ];
  // Malformed: refused as an invalid link. Well-formed: sent to the confirm page, where only a button press would use it.
  const refusedOrConfirm = (p: { status: number; location?: string }) =>
    (p.status === 302 && !!p.location && p.location.includes("error=Verification")) || (p.status === 303 && !!p.location?.includes("/en/sign-in/confirm?"));
  expect(await probe(request, links, refusedOrConfirm)).toEqual([]);
});

test.describe("the public sign-in forms", () => {
  const marker = `fuzz-${RUN}-form`;
  const valid = `valid-${RUN}@example.org`;

  test("refuse every malformed field, answer no 5xx and store nothing", async ({ request }) => {
    test.setTimeout(120_000);
    const password = actionId("lib/accounts/actions.ts", "signInWithPassword");
    const email = actionId("lib/accounts/actions.ts", "signInWithEmail");
    const before = await rowsMarked(marker);
    const bad: string[] = [];
    const check = (what: string, res: { status: number; body: string }, refused = true) => {
      if (res.status >= 500 || (refused && res.status !== 413 && !res.body.includes('"reason":"INVALID_INPUT"'))) bad.push(`${what}: ${res.status} ${res.body.slice(-120)}`);
    };
    const forms: [string, Field[]][] = [];
    for (const e of badEmails(marker)) {
      forms.push([`email ${String(e).slice(0, 60)}`, [["email", e], ["locale", "en"]]]);
      forms.push([`email+password ${String(e).slice(0, 60)}`, [["email", e], ["password", "plenary-demo"], ["locale", "en"]]]);
    }
    // The same name twice: an array where one address is expected, each valid on its own.
    forms.push(["repeated email", [["email", `${marker}-a@example.org`], ["email", `${marker}-b@example.org`], ["locale", "en"]]]);
    for (const locale of ["xx", "en\u0000", "99999999999999999999", "__proto__", FIVE_MB]) forms.push([`locale ${locale.slice(0, 20)}`, [["email", `${marker}@example.org`], ["locale", locale]]]);
    forms.push(["repeated locale", [["email", `${marker}@example.org`], ["locale", "en"], ["locale", "fr"]]]);
    forms.push(["5 MB password", [["email", `${marker}@example.org`], ["password", FIVE_MB], ["locale", "en"]]]);
    for (const [what, fields] of forms) {
      for (const [name, id] of [["password", password], ["email", email]] as const) check(`${name} form, ${what}`, await postFormAction(request, "/en/sign-in", id, fields));
    }
    // The same actions called with JSON arguments, as React sends simple values.
    const jsonArgs: unknown[] = [
      [null, { email: `${marker}\u0000@example.org`, locale: "en" }],
      [null, { email: [`${marker}-a@example.org`, `${marker}-b@example.org`], locale: "en" }],
      [null, { email: { toString: `${marker}@example.org` }, locale: "en" }],
      [null, { email: 2 ** 64, locale: "en" }],
      [null, { email: `${marker}@example.org`, locale: "en", callbackUrl: FIVE_MB }],
      [null, `${marker}@example.org`],
      [null, null],
      [null, [["email", `${marker}@example.org`], ["locale", "en"]]],
    ];
    for (const args of jsonArgs) {
      for (const [name, id] of [["password", password], ["email", email]] as const) check(`${name} form, JSON ${JSON.stringify(args).slice(0, 80)}`, await postAction(request, "/en/sign-in", id, args as unknown[]));
    }
    // A valid address with junk in the optional return path: the junk is ignored, never a 5xx.
    for (const callbackUrl of ["%00", "/en/\u0000", "//evil.example", "javascript:alert(1)", LONG]) check(`callbackUrl ${callbackUrl.slice(0, 20)}`, await postFormAction(request, "/en/sign-in", email, [["email", valid], ["locale", "en"], ["callbackUrl", callbackUrl]]), false);
    expect(bad).toEqual([]);
    expect(await rowsMarked(marker)).toEqual(before);

    // The same encoding with a valid address does store a sign-in link: the refusals above are the forms' own.
    const control = await postFormAction(request, "/en/sign-in", email, [["email", `${marker}-control@example.org`], ["locale", "en"]]);
    expect(control.status).toBeLessThan(400);
    expect((await rowsMarked(`${marker}-control`)).outbox).toBe(1);
  });

  test("the sign-in library's own endpoints refuse the same, store nothing and answer no 5xx", async ({ request }) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const before = await rowsMarked(marker);
    const bad: string[] = [];
    const raw = (v: string | Buffer) => (typeof v === "string" ? encodeURIComponent(v) : [...v].map((b) => `%${b.toString(16).padStart(2, "0")}`).join(""));
    for (const e of [...badEmails(marker), Buffer.from(`${marker}%FF@example.org`)]) {
      for (const endpoint of ["/api/auth/signin/email", "/api/auth/callback/credentials"]) {
        const body = `csrfToken=${csrfToken}&email=${raw(e)}&password=x&callbackUrl=%2Fen`;
        const res = await request.post(endpoint, { headers: { "Content-Type": "application/x-www-form-urlencoded" }, data: body, maxRedirects: 0 });
        const location = res.headers().location ?? "";
        if (res.status() >= 500 || location.includes("error=Configuration")) bad.push(`${endpoint} ${String(e).slice(0, 60)}: ${res.status()} ${location}`);
      }
    }
    expect(bad).toEqual([]);
    expect(await rowsMarked(marker)).toEqual(before);
  });
});

// A multipart post to a page is read as a possible no-JavaScript server action, whatever its fields.
test("5 MB bodies posted to public pages and routes answer no 5xx", async ({ request }) => {
  const bad: string[] = [];
  const multipart = multipartBody([["q", FIVE_MB]]);
  for (const path of ["/en/news", `/en/series/${SERIES}`, `/en/news/${RELEASE}`, "/en/sign-in", "/en/news/feed.xml", `/en/series/${SERIES}/calendar.ics`, "/sitemap.xml", "/api/health", "/api/auth/signin/email"]) {
    for (const [contentType, data] of [["application/x-www-form-urlencoded", `q=${FIVE_MB}`], [multipart.contentType, multipart.body]] as const) {
      const res = await request.post(path, { headers: { "Content-Type": contentType }, data, maxRedirects: 0 });
      if (res.status() >= 500) bad.push(`${path} (${contentType.split(";")[0]}): ${res.status()}`);
    }
  }
  expect(bad).toEqual([]);
});

test.describe("an organizer's real action", () => {
  test.use({ storageState: storageState("organizer") });

  test("an organizer's record URLs are parsed too: a bad id or language is a 404, never a 5xx", async ({ page }) => {
    const ADMIN: ((v: string) => string)[] = [
      (v) => `/en/admin/series/${v}`,
      (v) => `/en/admin/editions/${v}`,
      (v) => `/en/admin/editions/${v}/plan-next`,
      (v) => `/en/admin/newsroom/${v}`,
      (v) => `/en/admin/newsroom/${v}/compare?a=${v}&b=${v}`,
      (v) => `/en/admin/newsroom/${v}/translate/${v}`,
    ];
    const urls = ADMIN.flatMap((path) => RAW_VALUES.filter((v) => !/^[a-z0-9]+$/.test(v)).map(path));
    // Never a 5xx (a lone "%00" segment is dropped by Next and shows the list page: 200).
    expect(await probe(page.request, urls)).toEqual([]);
    // An id no record can have is a 404 before any query.
    for (const bad of ["a%00b", "99999999999999999999", "..%2F..%2F", "%E2%80%AE", "ABC"]) {
      expect((await page.request.get(`/en/admin/editions/${bad}`)).status(), bad).toBe(404);
      expect((await page.request.get(`/en/admin/newsroom/${bad}/translate/en`)).status(), bad).toBe(404);
    }
    // A repeated version (an array where one id is expected) is no comparison: the page's 404, not an error.
    const release = await queryOne<{ id: string }>(`SELECT id FROM "PressRelease" ORDER BY "createdAt" LIMIT 1`);
    expect((await page.request.get(`/en/admin/newsroom/${release.id}/compare?a=x&a=y&b=%00`)).status()).toBe(404);
  });

  test("refuses prototype-polluting field names: INVALID_INPUT, nothing changed, the server still healthy", async ({ page }) => {
    const slug = `fuzz-${RUN}-series`;
    const form = (name: string): Field[] => [
      ["locale", "en"], ["slug", slug], ["name.en", name], ["hostName.en", "Institute of International Studies"], ["description.en", ""], ["defaultTimeZone", "UTC"],
      ["recurrence", "NONE"], ["recurrenceInterval", "1"], ["byMonth", ""], ["byWeekday", ""], ["bySetPos", ""], ["byMonthDay", ""],
    ];
    const created = await postFormAction(page.request, "/en/admin/series/new", actionId("lib/series/actions.ts", "createSeriesAction"), form("Fuzz Dialogue"));
    expect(created.status).toBeLessThan(400);
    const { id } = await queryOne<{ id: string }>(`SELECT id FROM "Series" WHERE slug = $1`, [slug]);
    const snapshot = () => queryOne<{ row: string; audit: number }>(`SELECT (SELECT row_to_json(s)::text FROM "Series" s WHERE id = $1) AS row, (SELECT count(*)::int FROM "AuditLog" WHERE "entityId" = $1) AS audit`, [id]);
    const before = await snapshot();

    const update = actionId("lib/series/actions.ts", "updateSeriesAction");
    for (const polluting of [["__proto__.note", "polluted"], ["constructor.prototype.note", "polluted"], ["__proto__.toString", "polluted"]] as Field[]) {
      const res = await postFormAction(page.request, `/en/admin/series/${id}`, update, [["id", id], ...form("Polluted Dialogue"), polluting]);
      expect(res.status, polluting[0]).toBe(200);
      expect(res.body, polluting[0]).toContain('{"ok":false,"reason":"INVALID_INPUT"}');
    }
    expect(await snapshot()).toEqual(before);

    // Still healthy: a page renders (a polluted Object.prototype.toString would break it) and the health check answers.
    const health = await page.request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe("ok");
    // (A new series is private until announced: its organizer page, not the public one.)
    expect((await page.goto(`/en/admin/series/${id}`))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Fuzz Dialogue" })).toBeVisible();

    // Without those names the very same post is accepted: the refusal above was theirs.
    const control = await postFormAction(page.request, `/en/admin/series/${id}`, update, [["id", id], ...form("Renamed Dialogue")]);
    expect(control.body).toContain('{"ok":true');
    expect((await snapshot()).audit).toBe(before.audit + 1);
  });
});
