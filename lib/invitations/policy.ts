// Who may see and answer an invitation. Organizers manage every invitation; a focal point
// sees and answers only their own country's (or one naming them); the holder of a secret
// link answers only the invitation the link belongs to; the reminder job only reminds.
// Pure; unit-tested. Data reads scope their `where` with invitationScope.
import { can as hasPermission, isLinkHolder, isPerson, type Actor, type Principal } from "@/lib/access/policy";

export type InvitationAction = "view" | "respond" | "nominate" | "manage" | "send" | "remind";

export interface InvitationFacts {
  id: string;
  countryCode: string | null;
  focalPointId: string | null;
}

const FOCAL_POINT_ACTIONS: readonly InvitationAction[] = ["view", "respond", "nominate"];

export function can(actor: Principal, action: InvitationAction, invitation: InvitationFacts): boolean {
  if (hasPermission(actor, "invitations.manage")) return true;
  if (action === "remind") return hasPermission(actor, "system.jobs");
  if (!FOCAL_POINT_ACTIONS.includes(action)) return false;
  if (isLinkHolder(actor)) return actor.invitationId === invitation.id;
  if (!isPerson(actor) || !hasPermission(actor, "delegation.manage")) return false;
  return invitation.focalPointId === actor.id || (actor.countryCode !== null && invitation.countryCode === actor.countryCode);
}

/** May this principal attempt to answer invitations at all (the role gate, before any input)? */
export function mayAnswer(actor: Principal): boolean {
  return hasPermission(actor, "invitations.manage") || hasPermission(actor, "delegation.manage") || isLinkHolder(actor);
}

/** The `where` of a focal point's invitations: never empty, so never "every invitation". */
export function invitationScope(actor: Actor): { OR: ({ focalPointId: string } | { countryCode: string })[] } {
  return { OR: [{ focalPointId: actor.id }, ...(actor.countryCode ? [{ countryCode: actor.countryCode }] : [])] };
}
