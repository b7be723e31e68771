// A badge's check-in token: the registration's id and an HMAC of it (AUTH_SECRET), so it
// is unguessable, names no one, and needs nothing stored. The QR code holds only this.
// The desk's offline list carries each badge's token hash, so a scan can be recognized
// without the network and without the secret.
import { createHash } from "node:crypto";
import { macOf, sameText } from "@/lib/signing";

const BADGES = { salt: "plenary-badge", info: "check-in tokens" };

/** The token printed in a badge's QR code: "<registration id>.<22 characters of HMAC>". */
export function badgeToken(registrationId: string): string {
  return `${registrationId}.${macOf(BADGES, registrationId).slice(0, 22)}`;
}

/** The registration a token names, when the token is one this server made; null otherwise. */
export function registrationOfBadge(token: unknown): string | null {
  if (typeof token !== "string" || token.length > 80) return null;
  const m = /^([a-z0-9]{10,40})\.[A-Za-z0-9_-]{22}$/.exec(token.trim());
  if (!m) return null;
  return sameText(badgeToken(m[1]), token.trim()) ? m[1] : null;
}

/** What the desk's offline list holds for a badge: the SHA-256 of its token (hex). */
export function badgeTokenHash(registrationId: string): string {
  return createHash("sha256").update(badgeToken(registrationId)).digest("hex");
}
