// Keys derived from AUTH_SECRET, one per purpose (HKDF-SHA256): sealing links in the outbox,
// signing delegations' registration links and badges' check-in tokens. A purpose's key
// cannot be used for another, and nothing but AUTH_SECRET has to be kept.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

export interface Purpose {
  salt: string;
  info: string;
}

export function keyFor(purpose: Purpose): Buffer {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error(`AUTH_SECRET is not set: it keeps ${purpose.info} safe`);
  return Buffer.from(hkdfSync("sha256", secret, purpose.salt, purpose.info, 32));
}

/** The HMAC-SHA256 of `text` under the purpose's key, base64url. */
export function macOf(purpose: Purpose, text: string): string {
  return createHmac("sha256", keyFor(purpose)).update(text).digest("base64url");
}

/** Whether two strings are equal, compared in constant time. */
export function sameText(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}
