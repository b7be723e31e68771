// A badge's check-in token: the registration's id and an HMAC of it (AUTH_SECRET), so it
// is unguessable, names no one, and needs nothing stored. The QR code holds only this.
// The desk's offline list carries each badge's token hash, so a scan can be recognized
// without the network and without the secret.
import { createHash, createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

function key(): Buffer {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: it signs the badges' check-in tokens");
  return Buffer.from(hkdfSync("sha256", secret, "plenary-badge", "check-in tokens", 32));
}

/** The token printed in a badge's QR code: "<registration id>.<22 characters of HMAC>". */
export function badgeToken(registrationId: string): string {
  return `${registrationId}.${createHmac("sha256", key()).update(registrationId).digest("base64url").slice(0, 22)}`;
}

/** The registration a token names, when the token is one this server made; null otherwise. */
export function registrationOfBadge(token: unknown): string | null {
  if (typeof token !== "string" || token.length > 80) return null;
  const m = /^([a-z0-9]{10,40})\.[A-Za-z0-9_-]{22}$/.exec(token.trim());
  if (!m) return null;
  const expected = Buffer.from(badgeToken(m[1]));
  const given = Buffer.from(token.trim());
  return expected.length === given.length && timingSafeEqual(expected, given) ? m[1] : null;
}

/** What the desk's offline list holds for a badge: the SHA-256 of its token (hex). */
export function badgeTokenHash(registrationId: string): string {
  return createHash("sha256").update(badgeToken(registrationId)).digest("hex");
}
