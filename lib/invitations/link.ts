// The secret link: from a token to the one invitation it opens, or to nothing. An unknown,
// revoked or expired token (the edition held, archived or cancelled) is refused the same
// way, so the page reveals nothing about which it was. Opening and posting are rate-limited
// per address and per link.
import "server-only";
import { AppError } from "@/lib/errors";
import type { LinkHolder } from "@/lib/access/policy";
import { openSecretLink } from "@/lib/secret-link";
import { findInvitationByTokenHash } from "./data";
import { isOver } from "@/lib/editions/status";


export type LinkResolution = { kind: "ok"; holder: LinkHolder } | { kind: "refused" } | { kind: "limited" };

/** The holder of a valid link; checks the rate limit first. */
export async function resolveInvitationLink(token: unknown, now = new Date()): Promise<LinkResolution> {
  const link = await openSecretLink("invitationLink", token, findInvitationByTokenHash);
  if (link.kind !== "ok") return link;
  const inv = link.found;
  if (inv.revokedAt) return { kind: "refused" };
  if (isOver(inv.edition.status) || (inv.edition.endsAt && inv.edition.endsAt < now)) return { kind: "refused" };
  return {
    kind: "ok",
    holder: { id: null, email: null, role: "INVITATION_LINK", name: `invitation link (${inv.countryCode ?? inv.organization?.acronym ?? "?"})`, countryCode: inv.countryCode, invitationId: inv.id },
  };
}

/** For server actions: the post's `token` field → the link's holder, or null (refused or limited). */
export async function linkHolderFromPost(values: Record<string, unknown>): Promise<LinkHolder | null> {
  const r = await resolveInvitationLink(values.token);
  if (r.kind === "limited") throw new AppError("RATE_LIMITED");
  return r.kind === "ok" ? r.holder : null;
}
