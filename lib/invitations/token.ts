// An invitation's secret link. The token (32 random bytes, base64url) is never stored: its
// SHA-256 finds the invitation, and a sealed copy (AES-256-GCM, key from AUTH_SECRET) lets
// the letter and the mail print it. A database dump alone opens no invitation.
import { createHash, randomBytes } from "node:crypto";
import { openSecret, sealSecret } from "@/lib/mail/secret";

export interface NewToken {
  token: string;
  tokenHash: string;
  tokenSealed: string;
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newInvitationToken(): NewToken {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token), tokenSealed: sealSecret(token) };
}

/** The token of a sealed copy; null when there is none (a link from before sealing) or it no longer opens. */
export function openInvitationToken(sealed: string | null): string | null {
  if (!sealed) return null;
  try {
    return openSecret(sealed);
  } catch {
    return null;
  }
}

/** A token's shape, checked before any lookup: 43 base64url characters. */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The columns a new invitation stores for a fresh link (the token itself goes only into a mail or a letter). */
export function tokenColumns(t: NewToken = newInvitationToken()): { tokenHash: string; tokenSealed: string } {
  return { tokenHash: t.tokenHash, tokenSealed: t.tokenSealed };
}
