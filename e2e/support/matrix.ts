// Plumbing of the authorization matrix: one API context per role (no browser), the demo
// records read from the database, server actions posted directly, and what a call wrote
// to the audit log. Reads only; records of our own are made through the app (factories.ts).
import { expect, request, type APIRequestContext } from "@playwright/test";
import { actionId, actionResult, postAction, type ActionResult } from "./actions";
import { queryOne } from "./db";
import { DEMO_PASSWORD, ROLES, storageState, type RoleName } from "./roles";

export type Who = RoleName | "anonymous";
export const ROLE_NAMES = Object.keys(ROLES) as RoleName[];
/** The order every row is tried in: the organizer, who may do most, last. */
export const EVERYONE: Who[] = ["anonymous", "delegate", "focal", "press", "checkin", "reviewer", "organizer"];

export function contextFor(who: Who, baseURL: string): Promise<APIRequestContext> {
  return request.newContext({ baseURL, storageState: who === "anonymous" ? { cookies: [], origins: [] } : storageState(who) });
}

/**
 * A context with a session of its own, signed in through Auth.js's credentials endpoint:
 * sessions end at sign-out on every copy of their cookie, so signing out the shared
 * storageState's session would sign out every other test of that role.
 */
export async function freshContextFor(who: Who, baseURL: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  if (who === "anonymous") return ctx;
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await ctx.post("/api/auth/callback/credentials", { form: { email: ROLES[who].email, password: DEMO_PASSWORD, csrfToken, callbackUrl: "/en/home" }, maxRedirects: 0 });
  const session = (await (await ctx.get("/api/auth/session")).json()) as { user?: { email?: string } } | null;
  expect(session?.user?.email, `a fresh session for ${who}`).toBe(ROLES[who].email);
  return ctx;
}

export async function contextsFor(baseURL: string): Promise<Record<Who, APIRequestContext>> {
  const entries = await Promise.all(EVERYONE.map(async (who) => [who, await contextFor(who, baseURL)] as const));
  return Object.fromEntries(entries) as Record<Who, APIRequestContext>;
}

/** The seeded demo records (prisma/seed.ts) the matrix names. */
export interface Demo {
  seriesId: string;
  seriesSlug: string;
  edition1: string; // 2020, held
  edition2: string; // registration open, countries invited
  session1: string; // the 2020 opening remarks
  invitationEg: string; // Egypt's invitation to edition 2 (accepted, the demo delegate its head)
  invitationPk1: string; // Pakistan's invitation to edition 1 (held: closed to answers)
  registrationEg: string; // the demo delegate's registration (Egypt's head of delegation, edition 2)
  release: string; // the 2020 release, published
  versionEn: string;
  versionAr: string;
  userIds: Record<RoleName, string>;
}

export async function readDemo(): Promise<Demo> {
  const d = await queryOne<Omit<Demo, "userIds">>(
    `SELECT s.id AS "seriesId", s.slug AS "seriesSlug", e1.id AS edition1, e2.id AS edition2,
            (SELECT id FROM "ProgrammeSession" WHERE "editionId" = e1.id ORDER BY "startsAt" LIMIT 1) AS session1,
            (SELECT id FROM "Invitation" WHERE "editionId" = e2.id AND "countryCode" = 'EG') AS "invitationEg",
            (SELECT id FROM "Invitation" WHERE "editionId" = e1.id AND "countryCode" = 'PK') AS "invitationPk1",
            (SELECT id FROM "Registration" WHERE "editionId" = e2.id AND email = 'delegate@plenary.test' ORDER BY "createdAt" LIMIT 1) AS "registrationEg",
            r.id AS release,
            (SELECT id FROM "PressReleaseVersion" WHERE "releaseId" = r.id AND locale = 'en' ORDER BY number LIMIT 1) AS "versionEn",
            (SELECT id FROM "PressReleaseVersion" WHERE "releaseId" = r.id AND locale = 'ar' ORDER BY number LIMIT 1) AS "versionAr"
       FROM "Series" s
       JOIN "Edition" e1 ON e1."seriesId" = s.id AND e1.number = 1
       JOIN "Edition" e2 ON e2."seriesId" = s.id AND e2.number = 2
       JOIN "PressRelease" r ON r.slug = 'seminar-2020-joint-response-to-terrorism'
      WHERE s.slug = 'joint-response-to-terrorism'`,
  );
  const emails = ROLE_NAMES.map((r) => ROLES[r].email);
  const { ids } = await queryOne<{ ids: Record<string, string> }>(`SELECT json_object_agg(email, id) AS ids FROM "User" WHERE email = ANY($1)`, [emails]);
  for (const [k, v] of Object.entries(d)) if (!v) throw new Error(`demo data: no ${k}`);
  return { ...d, userIds: Object.fromEntries(ROLE_NAMES.map((r) => [r, ids[ROLES[r].email]])) as Record<RoleName, string> };
}

export interface ActionRef {
  file: string;
  name: string;
}

export interface Answer {
  status: number;
  result: ActionResult | null;
  redirect: string | null;
}

/** Posts `input` to a server action as a form of `page` would (useActionState: previous state, then the fields). */
export async function callAction(ctx: APIRequestContext, page: string, ref: ActionRef, input?: Record<string, unknown>): Promise<Answer> {
  const res = await postAction(ctx, page, actionId(ref.file, ref.name), input === undefined ? [] : [null, input]);
  return { status: res.status, result: actionResult(res.body), redirect: res.redirect };
}

/** The newest audit entry's id: what was written after it is what a call wrote. */
export async function auditMark(): Promise<string> {
  return (await queryOne<{ id: string }>(`SELECT coalesce(max(id), 0)::text AS id FROM "AuditLog"`)).id;
}

/**
 * Audit entries written since `mark` with this action code by this actor (null: nobody
 * signed in), about `entityId` when given. Other spec files run at the same time, so the
 * count is narrowed to what this call could have written.
 */
export async function auditWritten(mark: string, q: { action: string; actorId: string | null; entityId?: string }): Promise<number> {
  const row = await queryOne<{ n: number }>(
    `SELECT count(*)::int AS n FROM "AuditLog"
      WHERE id > $1::bigint AND action = $2 AND "actorId" IS NOT DISTINCT FROM $3 AND ($4::text IS NULL OR "entityId" = $4)`,
    [mark, q.action, q.actorId, q.entityId ?? null],
  );
  return row.n;
}

/** The visible text of an HTML page, roughly: tags and scripts removed, whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");
}

/** Records of our own, made through the app, for the rows where an allowed call must succeed or would touch demo data. */
export interface Own {
  series: { id: string; slug: string };
  session: string; // in edition 2's programme; the organizer's row deletes it
  draft: string; // a draft release
  mail: string; // an undelivered email, waiting to be retried
}

/**
 * What a role that may call an action gets. Validation runs before the role check, so an
 * invalid input proves nothing; each row's input is valid and names a real record, and fails
 * only after authorization (a taken number, a wrong status…), or succeeds on a record of our own.
 */
export type Outcome = { reason: string; fieldError?: [field: string, key: string] } | { ok: true } | { redirectTo: RegExp };

export interface ActionRow {
  title: string;
  action: ActionRef;
  /** A page whose forms post this action (Next serves an action only from those). */
  page: (d: Demo) => string;
  input: (d: Demo, own: Own) => Record<string, unknown>;
  may: RoleName[];
  /** The audit entry a success writes: a refused call must write none. */
  audit: string;
  entity?: (d: Demo, own: Own) => string;
  allowed: Outcome;
}

export function describeOutcome(o: Outcome): string {
  if ("reason" in o) return o.fieldError ? `${o.reason} (${o.fieldError.join(": ")})` : o.reason;
  return "ok" in o ? "ok, on a record of our own" : "ok, a record of our own made";
}

/** Checks what an allowed role got against the row's outcome; true when it was a success (which writes one audit entry). */
export function expectAllowed(answer: Answer, o: Outcome): boolean {
  if ("reason" in o) {
    expect(answer.result).toMatchObject({ ok: false, reason: o.reason });
    if (o.fieldError) expect(answer.result?.fieldErrors?.[o.fieldError[0]]).toContain(o.fieldError[1]);
    return false;
  }
  if ("ok" in o) expect(answer.result).toMatchObject({ ok: true });
  else expect(answer.redirect).toMatch(o.redirectTo);
  return true;
}

/** The first <h1> the server rendered into the HTML (outside the payload scripts), or null. */
export function renderedHeading(html: string): string | null {
  return /<h1[^>]*>(.*?)<\/h1>/.exec(html.replace(/<script[\s\S]*?<\/script>/g, ""))?.[1] ?? null;
}
