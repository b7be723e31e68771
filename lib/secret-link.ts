// Opening a secret link (an invitation's, a delegate's): the rate limit first (per address and
// per link), then the token's shape, then its hash looked up. An unknown token and a badly
// shaped one are refused alike, so a page reveals nothing about which it was.
import "server-only";
import { headers } from "next/headers";
import { allowAttempt, clientAddress, type LimitedAction } from "@/lib/rate-limit";
import { hashToken, TOKEN_SHAPE } from "@/lib/secret-token";

export type SecretLink<T> = { kind: "ok"; found: T } | { kind: "refused" } | { kind: "limited" };

export async function openSecretLink<T>(limit: LimitedAction, token: unknown, find: (tokenHash: string) => Promise<T | null>): Promise<SecretLink<T>> {
  const address = clientAddress(await headers());
  const hash = typeof token === "string" && TOKEN_SHAPE.test(token) ? hashToken(token) : null;
  if (!(await allowAttempt(limit, { address, email: hash ?? undefined }))) return { kind: "limited" };
  const found = hash ? await find(hash) : null;
  return found ? { kind: "ok", found } : { kind: "refused" };
}
