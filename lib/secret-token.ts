// Secret links (an invitation's, a delegate's personal one). The token (32 random bytes,
// base64url) is never stored: its SHA-256 finds the record, and a sealed copy (AES-256-GCM,
// key from AUTH_SECRET) lets a letter or a later mail print it. A database dump alone opens
// nothing.
import { createHash, randomBytes } from "node:crypto";
import { openSecret, sealSecret } from "@/lib/mail/secret";

export interface NewToken {
  token: string;
  tokenHash: string;
  tokenSealed: string;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newToken(): NewToken {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token), tokenSealed: sealSecret(token) };
}

/** The token of a sealed copy; null when there is none (a link from before sealing) or it no longer opens. */
export function openToken(sealed: string | null): string | null {
  if (!sealed) return null;
  try {
    return openSecret(sealed);
  } catch {
    return null;
  }
}

/** A token's shape, checked before any lookup: 43 base64url characters. */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The columns a record stores for a fresh link (the token itself goes only into a mail or a letter). */
export function tokenColumns(t: NewToken = newToken()): { tokenHash: string; tokenSealed: string } {
  return { tokenHash: t.tokenHash, tokenSealed: t.tokenSealed };
}
