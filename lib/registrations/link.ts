// A delegate's personal link: from a token to the one registration it opens, or to nothing.
// An unknown token and an erased registration are refused the same way. Opening and posting
// are rate-limited per address and per link.
import "server-only";
import { AppError } from "@/lib/errors";
import type { RegistrationHolder } from "@/lib/access/policy";
import { openSecretLink } from "@/lib/secret-link";
import { findRegistrationIdByTokenHash } from "./data";

export type RegistrationLink = { kind: "ok"; holder: RegistrationHolder } | { kind: "refused" } | { kind: "limited" };

export async function resolveRegistrationLink(token: unknown): Promise<RegistrationLink> {
  const link = await openSecretLink("registrationLink", token, findRegistrationIdByTokenHash);
  if (link.kind !== "ok") return link;
  return { kind: "ok", holder: { id: null, email: null, name: "personal link", role: "REGISTRATION_LINK", countryCode: null, registrationId: link.found } };
}

/** For server actions: the post's `token` field → the link's holder, or null. */
export async function registrationHolderFromPost(values: Record<string, unknown>): Promise<RegistrationHolder | null> {
  const r = await resolveRegistrationLink(values.token);
  if (r.kind === "limited") throw new AppError("RATE_LIMITED");
  return r.kind === "ok" ? r.holder : null;
}

/** A download through the personal link: 429 when limited, 404 for a token that opens nothing, else `serve` for its registration. */
export async function withRegistrationLink(params: Promise<{ token: string }>, serve: (registrationId: string) => Promise<Response>): Promise<Response> {
  const link = await resolveRegistrationLink((await params).token);
  if (link.kind === "limited") return new Response("Too many requests", { status: 429, headers: { "Retry-After": "900" } });
  if (link.kind !== "ok") return new Response("Not found", { status: 404 });
  return serve(link.holder.registrationId);
}
