// A delegation's registration link: the focal point shares it with their delegation, and
// each member registers themselves, for that country and invitation only. It grants nothing
// of the focal point's own link (no answer, no nomination, no withdrawal). The key is the
// invitation's id and an HMAC of its current secret-link hash: a new invitation link or a
// revocation voids it, and nothing new is stored.
import { macOf, sameText } from "@/lib/signing";

const LINKS = { salt: "plenary-delegation", info: "registration links" };
const mac = (invitationId: string, tokenHash: string) => macOf(LINKS, `${invitationId}:${tokenHash}`);

export function delegationKey(invitationId: string, tokenHash: string): string {
  return `${invitationId}.${mac(invitationId, tokenHash)}`;
}

/** The invitation a key names (not yet verified); null for anything not shaped like a key. */
export function invitationIdOfKey(k: unknown): string | null {
  if (typeof k !== "string" || k.length > 200) return null;
  const m = /^([a-z0-9]{10,40})\.([A-Za-z0-9_-]{43})$/.exec(k);
  return m ? m[1] : null;
}

/** Whether the key was made for this invitation's current link (compared in constant time). */
export function keyMatches(k: string, invitationId: string, tokenHash: string): boolean {
  return sameText(delegationKey(invitationId, tokenHash), k);
}
