// Who may see and change a registration. The secretariat (organizers, reviewers) sees all
// and accredits; a focal point — signed in, or through their invitation's link — sees,
// confirms and cancels their own delegation; a delegate, signed in or through their personal
// link, sees and changes only their own registration. Pure; unit-tested. Data reads scope
// their `where` with registrationScope.
import { can as hasPermission, isLinkHolder, isPerson, isRegistrationHolder, type Actor, type Principal } from "@/lib/access/policy";

export type RegistrationAction = "view" | "edit" | "cancel" | "confirm" | "review" | "erase";

export interface RegistrationFacts {
  id: string;
  userId: string | null;
  email: string;
  countryCode: string | null;
  invitationId: string | null;
}

const isOwn = (actor: Actor, r: RegistrationFacts) => r.userId === actor.id || r.email === actor.email.toLowerCase();
const isOwnCountry = (actor: Actor, r: RegistrationFacts) => actor.countryCode !== null && r.countryCode === actor.countryCode;

const DELEGATION: readonly RegistrationAction[] = ["view", "cancel", "confirm"];
const SELF: readonly RegistrationAction[] = ["view", "edit", "cancel", "erase"];

export function can(actor: Principal, action: RegistrationAction, r: RegistrationFacts): boolean {
  if (isRegistrationHolder(actor)) return actor.registrationId === r.id && SELF.includes(action);
  if (isLinkHolder(actor)) return r.invitationId !== null && actor.invitationId === r.invitationId && DELEGATION.includes(action);
  if (!isPerson(actor)) return false;
  if (action === "review") return hasPermission(actor, "registrations.review");
  if (action === "view" && hasPermission(actor, "registrations.view")) return true;
  if (action === "cancel" && hasPermission(actor, "registrations.review")) return true;
  if (hasPermission(actor, "delegation.manage") && isOwnCountry(actor, r) && DELEGATION.includes(action)) return true;
  return hasPermission(actor, "registration.self") && isOwn(actor, r) && SELF.includes(action);
}

/** Anyone may try to register (a visitor, a person, a delegation's link): the edition and its form decide. */
export function mayRegister(actor: Principal): boolean {
  return actor.role !== "REGISTRATION_LINK";
}

/** The `where` of a person's own registrations: by id or by email, never empty. */
export function registrationScope(actor: Actor): { OR: ({ userId: string } | { email: string })[] } {
  return { OR: [{ userId: actor.id }, { email: actor.email.toLowerCase() }] };
}
