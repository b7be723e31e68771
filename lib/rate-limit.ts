// Limits on what a stranger can repeat, shared by every instance: counters live in
// PostgreSQL (rate-limiter-flexible's store, table "RateLimit"), per email and per address.
import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { db, getPool } from "@/lib/db";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/audit/mutations";

export type LimitedAction = "signInPassword" | "signInEmail" | "publicForm" | "invitationLink" | "registrationLink";

/** Attempts allowed per window: per email address (the account) and per client address. */
const RULES: Record<LimitedAction, { perEmail: number; perAddress: number; seconds: number }> = {
  signInPassword: { perEmail: 5, perAddress: 30, seconds: 15 * 60 },
  signInEmail: { perEmail: 3, perAddress: 20, seconds: 15 * 60 },
  publicForm: { perEmail: 10, perAddress: 60, seconds: 15 * 60 },
  // An invitation's secret link, opened or posted: per link ("email" scope) and per address.
  invitationLink: { perEmail: 120, perAddress: 120, seconds: 15 * 60 },
  // A delegate's personal link, opened, downloaded or posted: per link and per address.
  registrationLink: { perEmail: 120, perAddress: 120, seconds: 15 * 60 },
};

const holder = globalThis as unknown as { plenaryLimiters?: Map<string, RateLimiterPostgres> };

function limiter(action: LimitedAction, scope: "email" | "address"): RateLimiterPostgres {
  const limiters = (holder.plenaryLimiters ??= new Map());
  const key = `${action}:${scope}`;
  let l = limiters.get(key);
  if (!l) {
    const rule = RULES[action];
    l = new RateLimiterPostgres({
      storeClient: getPool(),
      storeType: "pool",
      tableName: "RateLimit",
      tableCreated: true, // by the migrations
      keyPrefix: key,
      points: scope === "email" ? rule.perEmail : rule.perAddress * env().PLENARY_ADDRESS_LIMIT_FACTOR,
      duration: rule.seconds,
    });
    limiters.set(key, l);
  }
  return l;
}

/**
 * Counts one attempt; false when the email or the address has used up its attempts.
 * Both counters are always charged, so trying many addresses from one place, or one
 * account from many places, is limited either way.
 */
export async function allowAttempt(action: LimitedAction, who: { email?: string; address: string }): Promise<boolean> {
  // Keys are digests: whatever a stranger typed (NUL bytes, 5 MB) never reaches the table,
  // and the table holds no email address.
  const charge = (scope: "email" | "address", key: string) =>
    limiter(action, scope).consume(createHash("sha256").update(key).digest("base64url")).then(
      () => true,
      (e: unknown) => {
        if (e instanceof RateLimiterRes) return false;
        throw e;
      },
    );
  const results = await Promise.all([charge("address", who.address), ...(who.email ? [charge("email", who.email.trim().toLowerCase())] : [])]);
  return results.every(Boolean);
}

/**
 * The client's address: the last hop of X-Forwarded-For (the one our own proxy or Next
 * added; earlier entries are the client's word), else X-Real-IP.
 */
export function clientAddress(headers: Headers): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  return (hops.at(-1) ?? headers.get("x-real-ip") ?? "unknown").slice(0, 64);
}

/** An attempt over its limit: logged and audited (never with a password). */
/** What a stranger typed, fit for a log line or the audit log: printable and short. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "?").slice(0, 254);
}

export async function recordRateLimited(email: string, address: string): Promise<void> {
  const who = printable(email);
  console.warn(`[auth] too many sign-in attempts for ${who} from ${printable(address)}`);
  await recordAudit(db, { actor: null, action: "auth.rateLimited", entityType: "User", entityId: who, data: { address: printable(address) } });
}

/** Charges one sign-in attempt made through a form; false (and recorded) when over the limit. */
export async function allowSignInAttempt(action: LimitedAction, email: string, headers: Headers): Promise<boolean> {
  const address = clientAddress(headers);
  if (await allowAttempt(action, { email, address })) return true;
  await recordRateLimited(email, address);
  return false;
}

const AUTH_ENDPOINTS: Record<string, LimitedAction> = {
  "/api/auth/signin/email": "signInEmail",
  "/api/auth/callback/credentials": "signInPassword",
};

/** A 429 answer when a sign-in posted straight to Auth.js is over its limit; else null. */
export async function limitSignInPost(request: Request): Promise<Response | null> {
  const action = AUTH_ENDPOINTS[new URL(request.url).pathname];
  if (!action) return null;
  const form = await request.clone().formData().catch(() => null);
  const raw = form?.get("email");
  const email = typeof raw === "string" ? raw.slice(0, 254) : "(none)";
  if (await allowSignInAttempt(action, email, request.headers)) return null;
  return new Response("Too many attempts. Please wait and try again.", { status: 429, headers: { "Retry-After": "900" } });
}
