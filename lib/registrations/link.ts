// A delegate's personal link: from a token to the one registration it opens, or to nothing.
// An unknown token and an erased registration are refused the same way. Opening and posting
// are rate-limited per address and per link.
import "server-only";
import { headers } from "next/headers";
import { AppError } from "@/lib/errors";
import type { RegistrationHolder } from "@/lib/access/policy";
import { allowAttempt, clientAddress } from "@/lib/rate-limit";
import { hashToken, TOKEN_SHAPE } from "@/lib/secret-token";
import { findRegistrationIdByTokenHash } from "./data";

export type RegistrationLink = { kind: "ok"; holder: RegistrationHolder } | { kind: "refused" } | { kind: "limited" };

export async function resolveRegistrationLink(token: unknown): Promise<RegistrationLink> {
  const address = clientAddress(await headers());
  const shaped = typeof token === "string" && TOKEN_SHAPE.test(token);
  const hash = shaped ? hashToken(token) : null;
  if (!(await allowAttempt("registrationLink", { address, email: hash ?? undefined }))) return { kind: "limited" };
  if (!hash) return { kind: "refused" };
  const id = await findRegistrationIdByTokenHash(hash);
  if (!id) return { kind: "refused" };
  return { kind: "ok", holder: { id: null, email: null, name: "personal link", role: "REGISTRATION_LINK", countryCode: null, registrationId: id } };
}

/** For server actions: the post's `token` field → the link's holder, or null. */
export async function registrationHolderFromPost(values: Record<string, unknown>): Promise<RegistrationHolder | null> {
  const r = await resolveRegistrationLink(values.token);
  if (r.kind === "limited") throw new AppError("RATE_LIMITED");
  return r.kind === "ok" ? r.holder : null;
}
