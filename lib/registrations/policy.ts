// Who may see and change a registration. The secretariat (organizers, reviewers) sees all
// and accredits; a focal point sees and confirms their own country's delegates; a delegate
// sees and changes only their own registration. Pure; unit-tested. Data reads scope their
// `where` with registrationScope.
import { can as hasPermission, isPerson, type Actor, type Principal } from "@/lib/access/policy";

export type RegistrationAction = "view" | "edit" | "cancel" | "confirm" | "review";

export interface RegistrationFacts {
  userId: string | null;
  email: string;
  countryCode: string | null;
}

const isOwn = (actor: Actor, r: RegistrationFacts) => r.userId === actor.id || r.email === actor.email.toLowerCase();
const isOwnCountry = (actor: Actor, r: RegistrationFacts) => actor.countryCode !== null && r.countryCode === actor.countryCode;

export function can(actor: Principal, action: RegistrationAction, r: RegistrationFacts): boolean {
  if (hasPermission(actor, "registrations.review")) return true;
  if (action === "view" && hasPermission(actor, "registrations.view")) return true;
  if (!isPerson(actor)) return false;
  if (action === "review") return false;
  if (hasPermission(actor, "delegation.manage") && isOwnCountry(actor, r) && action !== "edit") return true;
  return hasPermission(actor, "registration.self") && isOwn(actor, r) && action !== "confirm";
}

/** The `where` of a person's own registrations: by id or by email, never empty. */
export function registrationScope(actor: Actor): { OR: ({ userId: string } | { email: string })[] } {
  return { OR: [{ userId: actor.id }, { email: actor.email.toLowerCase() }] };
}
