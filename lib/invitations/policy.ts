// Who may see and answer a country's invitation. Organizers manage every invitation; a
// focal point sees and answers only their own country's (or one naming them). Pure;
// unit-tested. Data reads scope their `where` with invitationScope.
import { can as hasPermission, isPerson, type Actor, type Principal } from "@/lib/access/policy";

export type InvitationAction = "view" | "respond" | "nominate" | "manage" | "send" | "remind";

export interface InvitationFacts {
  countryCode: string;
  focalPointId: string | null;
}

const FOCAL_POINT_ACTIONS: readonly InvitationAction[] = ["view", "respond", "nominate"];

export function can(actor: Principal, action: InvitationAction, invitation: InvitationFacts): boolean {
  if (hasPermission(actor, "invitations.manage")) return true;
  if (action === "remind") return hasPermission(actor, "system.jobs");
  if (!FOCAL_POINT_ACTIONS.includes(action) || !isPerson(actor) || !hasPermission(actor, "delegation.manage")) return false;
  return invitation.focalPointId === actor.id || (actor.countryCode !== null && invitation.countryCode === actor.countryCode);
}

/** The `where` of a focal point's invitations: never empty, so never "every invitation". */
export function invitationScope(actor: Actor): { OR: ({ focalPointId: string } | { countryCode: string })[] } {
  return { OR: [{ focalPointId: actor.id }, ...(actor.countryCode ? [{ countryCode: actor.countryCode }] : [])] };
}
