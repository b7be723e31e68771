// Who may do what. Pure functions over the actor's role (object-level checks live in each
// domain's policy.ts and build on these). Every server action and route calls them.
import type { Role } from "@/lib/generated/prisma/enums";

/** A signed-in person. */
export interface Actor {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  countryCode: string | null;
}

/** Plenary itself, acting in a background job (scheduled publishing, reminders). */
export interface SystemActor {
  id: null;
  email: null;
  name: string;
  role: "SYSTEM";
  countryCode: null;
}

/**
 * Whoever holds an invitation's secret link (no account): may answer that one invitation
 * for its country or organization — accept or decline, name the focal point, nominate the
 * delegation — and nothing else. Built only from a valid, unrevoked token.
 */
export interface LinkHolder {
  id: null;
  email: null;
  name: string;
  role: "INVITATION_LINK";
  countryCode: string | null;
  invitationId: string;
}

/**
 * Someone without an account on a public form (the edition's registration form, or a
 * delegation's registration link): may register, and nothing else.
 */
export interface Visitor {
  id: null;
  email: null;
  name: string;
  role: "VISITOR";
  countryCode: null;
}

/**
 * Whoever holds a delegate's personal link (no account): may see, change, cancel, export
 * and erase that one registration, and nothing else. Built only from a valid token.
 */
export interface RegistrationHolder {
  id: null;
  email: null;
  name: string;
  role: "REGISTRATION_LINK";
  countryCode: null;
  registrationId: string;
}

/** Whoever performs a use case: a person, a job, a visitor, or the holder of a secret link. */
export type Principal = Actor | SystemActor | LinkHolder | Visitor | RegistrationHolder;

export const VISITOR: Visitor = { id: null, email: null, name: "visitor", role: "VISITOR", countryCode: null };

export const SYSTEM_ACTOR: SystemActor = { id: null, email: null, name: "Plenary scheduler", role: "SYSTEM", countryCode: null };

export function isPerson(p: Principal | null | undefined): p is Actor {
  return !!p && p.role !== "SYSTEM" && p.role !== "INVITATION_LINK" && p.role !== "VISITOR" && p.role !== "REGISTRATION_LINK";
}

export function isRegistrationHolder(p: Principal | null | undefined): p is RegistrationHolder {
  return !!p && p.role === "REGISTRATION_LINK";
}

export function isLinkHolder(p: Principal | null | undefined): p is LinkHolder {
  return !!p && p.role === "INVITATION_LINK";
}

export const PERMISSIONS = [
  "admin.view", // the organizer area's dashboard
  "series.manage",
  "editions.manage",
  "countries.view",
  "invitations.manage",
  "registrations.view",
  "registrations.review",
  "checkin.perform",
  "press.view", // any newsroom role: see releases
  "press.draft",
  "press.review",
  "press.publish",
  "press.withdraw",
  "outbox.view",
  "audit.view",
  "delegation.manage", // a focal point's own delegation
  "registration.self", // a delegate's own registration
  "system.jobs", // background work; only Plenary itself
  "users.manage", // create accounts and issue one-time sign-in links: the operator's command line
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Principal["role"], readonly Permission[]> = {
  ORGANIZER: [
    "admin.view", "series.manage", "editions.manage", "countries.view", "invitations.manage", "registrations.view",
    "registrations.review", "checkin.perform", "press.view", "press.draft", "press.publish", "press.withdraw", "outbox.view", "audit.view",
  ],
  REVIEWER: ["admin.view", "countries.view", "registrations.view", "registrations.review", "press.view", "press.review", "press.publish", "press.withdraw", "audit.view"],
  PRESS_OFFICER: ["press.view", "press.draft", "press.publish"],
  FOCAL_POINT: ["delegation.manage", "registration.self"],
  DELEGATE: ["registration.self"],
  CHECKIN: ["checkin.perform"], // staff at the desk: arrivals, and nothing else
  SYSTEM: ["system.jobs", "users.manage"],
  INVITATION_LINK: [], // everything it may do is decided against the one invitation (lib/invitations/policy.ts)
  VISITOR: [], // may register on an open form (lib/registrations/policy.ts), nothing else
  REGISTRATION_LINK: [], // decided against the one registration (lib/registrations/policy.ts)
};

export function can(actor: Pick<Principal, "role"> | null | undefined, permission: Permission): boolean {
  return !!actor && GRANTS[actor.role].includes(permission);
}

/** Where each role lands after signing in (without the locale prefix). */
export const ROLE_HOME: Record<Role, string> = {
  ORGANIZER: "/admin",
  REVIEWER: "/admin/review",
  PRESS_OFFICER: "/admin/newsroom",
  FOCAL_POINT: "/delegation",
  DELEGATE: "/me",
  CHECKIN: "/admin/check-in",
};

/** The organizer area's sections and the permission each needs. */
export const ADMIN_NAV: { key: "dashboard" | "review" | "series" | "editions" | "countries" | "registrations" | "checkIn" | "newsroom" | "outbox"; href: string; permission: Permission }[] = [
  { key: "dashboard", href: "/admin", permission: "admin.view" },
  { key: "review", href: "/admin/review", permission: "press.review" },
  { key: "series", href: "/admin/series", permission: "series.manage" },
  { key: "editions", href: "/admin/editions", permission: "editions.manage" },
  { key: "countries", href: "/admin/countries", permission: "countries.view" },
  { key: "registrations", href: "/admin/registrations", permission: "registrations.view" },
  { key: "checkIn", href: "/admin/check-in", permission: "checkin.perform" },
  { key: "newsroom", href: "/admin/newsroom", permission: "press.view" },
  { key: "outbox", href: "/admin/outbox", permission: "outbox.view" },
];
