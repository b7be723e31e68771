// Malformed input, as a stranger's client sends it: bytes a browser never would, numbers
// past what a column holds, repeated names, huge values. Used by e2e/fuzz.spec.ts.
import type { APIRequestContext } from "@playwright/test";
import { queryOne } from "./db";

export const SERIES = "joint-response-to-terrorism";
export const RELEASE = "seminar-2020-joint-response-to-terrorism";

// Long, yet within Node's 16 KB header limits both ways: a longer request is refused (431)
// before the app sees it, and the answer to a page's path carries that path six times over
// (next-intl's Link header, one alternate per language), which the test client must parse.
export const LONG = "a".repeat(1_500);
export const FIVE_MB = "x".repeat(5 * 1024 * 1024);

/** Raw (already percent-encoded) values for a path segment or a query value. */
export const RAW_VALUES = [
  "%00", "a%00b", "%C3%28", "%FF", "%ED%A0%80", "%E2%80%AE", "%0D%0ASet-Cookie:x=1", "%25", "%2F", "%5C", "..%2F..%2F",
  "0", "-1", "1.5", "1e3", "0x1F", "%201", "NaN", "Infinity", "2147483648", "9223372036854775808", "99999999999999999999",
  LONG,
];

export type Probe = { method: "GET" | "POST"; url: string; status: number; location?: string };

/** Every response, and the ones that went wrong (a 5xx, or not what `ok` accepts). */
export async function probe(request: APIRequestContext, urls: string[], ok: (p: Probe) => boolean = (p) => p.status < 500): Promise<Probe[]> {
  const bad: Probe[] = [];
  for (const url of urls) {
    const res = await request.get(url, { maxRedirects: 0 });
    const p: Probe = { method: "GET", url: url.slice(0, 120), status: res.status(), location: res.headers().location };
    if (p.status >= 500 || !ok(p)) bad.push(p);
  }
  return bad;
}

/**
 * Rows a fuzzing request could have left behind, found by the marker every such value
 * carries. Counted by marker rather than in total because other spec files run at the
 * same time and write rows of their own.
 */
export async function rowsMarked(marker: string) {
  return queryOne<{ outbox: number; users: number; tokens: number; audit: number }>(
    `SELECT (SELECT count(*)::int FROM "OutboxMessage" WHERE "toAddress" ILIKE '%' || $1 || '%' OR "textBody" ILIKE '%' || $1 || '%') AS outbox,
            (SELECT count(*)::int FROM "User" WHERE email ILIKE '%' || $1 || '%') AS users,
            (SELECT count(*)::int FROM "VerificationToken" WHERE identifier ILIKE '%' || $1 || '%') AS tokens,
            (SELECT count(*)::int FROM "AuditLog" WHERE data::text ILIKE '%' || $1 || '%' OR "actorEmail" ILIKE '%' || $1 || '%') AS audit`,
    [marker],
  );
}

/** Email addresses no form may accept, each carrying the marker (a string, or raw bytes). */
export function badEmails(marker: string): (string | Buffer)[] {
  const at = "@example.org";
  return [
    `${marker}\u0000${at}`,
    `${marker}${at}\u0000`,
    Buffer.concat([Buffer.from(marker), Buffer.from([0xff]), Buffer.from(at)]),
    Buffer.concat([Buffer.from(marker), Buffer.from([0xc3, 0x28]), Buffer.from(at)]),
    `${marker}${at}\r\nBcc: victim@example.org`,
    `"${marker}"${at}`,
    `${marker}${at},victim@example.org`,
    `${marker}\uff20example.org`,
    `${marker}${"a".repeat(300)}${at}`,
    `${marker}${FIVE_MB}${at}`,
  ];
}
