// Record-level rules of every domain: who may act on which series, edition, release,
// invitation and registration. Removing any check makes one of these fail.
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, VISITOR, type Actor, type LinkHolder } from "@/lib/access/policy";
import type { Role } from "@/lib/generated/prisma/enums";
import { can as canSeries } from "@/lib/series/policy";
import { can as canEdition } from "@/lib/editions/policy";
import { can as canPress } from "@/lib/press/policy";
import { can as canInvitation, invitationScope, mayAnswer } from "@/lib/invitations/policy";
import { can as canRegistration, mayRegister, registrationScope } from "@/lib/registrations/policy";

const person = (role: Role, over: Partial<Actor> = {}): Actor => ({ id: `u-${role}`, email: `${role.toLowerCase()}@example.org`, name: null, role, countryCode: null, ...over });
const ROLES: Role[] = ["ORGANIZER", "REVIEWER", "PRESS_OFFICER", "FOCAL_POINT", "DELEGATE"];
const who = (allowed: (a: Actor) => boolean) => ROLES.filter((r) => allowed(person(r)));

describe("series and editions", () => {
  it("are changed by organizers only, never by the scheduler", () => {
    expect(who((a) => canSeries(a, "update", { id: "s" }))).toEqual(["ORGANIZER"]);
    expect(who((a) => canEdition(a, "transition", { id: "e", seriesId: "s" }))).toEqual(["ORGANIZER"]);
    expect(who((a) => canEdition(a, "editProgramme", { id: "e", seriesId: "s" }))).toEqual(["ORGANIZER"]);
    expect(canSeries(SYSTEM_ACTOR, "create")).toBe(false);
    expect(canEdition(SYSTEM_ACTOR, "planNext", { seriesId: "s" })).toBe(false);
  });
});

describe("press releases", () => {
  it("are drafted by press officers and organizers, approved by reviewers, published on time by the scheduler alone", () => {
    expect(who((a) => canPress(a, "create"))).toEqual(["ORGANIZER", "PRESS_OFFICER"]);
    expect(who((a) => canPress(a, "view"))).toEqual(["ORGANIZER", "REVIEWER", "PRESS_OFFICER"]);
    expect(who((a) => canPress(a, "approve"))).toEqual(["REVIEWER"]);
    expect(who((a) => canPress(a, "publishDue"))).toEqual([]);
    expect(canPress(SYSTEM_ACTOR, "publishDue")).toBe(true);
    expect(canPress(SYSTEM_ACTOR, "approve")).toBe(false);
  });
});

describe("invitations", () => {
  const pakistan = { id: "inv-pk", countryCode: "PK", focalPointId: null };
  const egypt = { id: "inv-eg", countryCode: "EG", focalPointId: null };
  const focalPk = person("FOCAL_POINT", { countryCode: "PK" });

  it("lets a focal point see and answer only their own country's invitation", () => {
    expect(canInvitation(focalPk, "respond", pakistan)).toBe(true);
    expect(canInvitation(focalPk, "nominate", pakistan)).toBe(true);
    expect(canInvitation(focalPk, "view", egypt)).toBe(false);
    expect(canInvitation(focalPk, "respond", egypt)).toBe(false);
    expect(canInvitation(focalPk, "manage", pakistan)).toBe(false);
    expect(canInvitation(focalPk, "send", pakistan)).toBe(false);
  });

  it("lets a focal point without a country answer only invitations that name them", () => {
    const named = person("FOCAL_POINT");
    expect(canInvitation(named, "respond", { id: "inv-eg", countryCode: "EG", focalPointId: named.id })).toBe(true);
    expect(canInvitation(named, "respond", egypt)).toBe(false);
    expect(invitationScope(named)).toEqual({ OR: [{ focalPointId: named.id }] });
    expect(invitationScope(focalPk)).toEqual({ OR: [{ focalPointId: focalPk.id }, { countryCode: "PK" }] });
  });

  it("lets organizers manage every invitation, others none, and the scheduler only remind", () => {
    expect(who((a) => canInvitation(a, "manage", egypt))).toEqual(["ORGANIZER"]);
    expect(who((a) => canInvitation(a, "view", egypt))).toEqual(["ORGANIZER"]);
    expect(canInvitation(SYSTEM_ACTOR, "remind", egypt)).toBe(true);
    expect(canInvitation(SYSTEM_ACTOR, "respond", egypt)).toBe(false);
    expect(canInvitation(person("DELEGATE", { countryCode: "EG" }), "respond", egypt)).toBe(false);
  });

  it("lets a secret link answer its own invitation only, and manage nothing", () => {
    const link: LinkHolder = { id: null, email: null, name: "link", role: "INVITATION_LINK", countryCode: "PK", invitationId: "inv-pk" };
    expect(canInvitation(link, "respond", pakistan)).toBe(true);
    expect(canInvitation(link, "nominate", pakistan)).toBe(true);
    // Another edition's invitation of the same country: a link opens one invitation, not a country.
    expect(canInvitation(link, "respond", { ...pakistan, id: "inv-pk-next-edition" })).toBe(false);
    expect(canInvitation(link, "view", egypt)).toBe(false);
    for (const action of ["manage", "send", "remind"] as const) expect(canInvitation(link, action, pakistan)).toBe(false);
    expect(mayAnswer(link)).toBe(true);
    expect(who(mayAnswer)).toEqual(["ORGANIZER", "FOCAL_POINT"]);
    expect(mayAnswer(SYSTEM_ACTOR)).toBe(false);
  });
});

describe("registrations", () => {
  const delegate = person("DELEGATE", { countryCode: "EG" });
  const own = { id: "r-own", userId: null, email: delegate.email, countryCode: "EG", invitationId: "inv-eg" };
  const other = { id: "r-other", userId: "someone-else", email: "other@example.org", countryCode: "EG", invitationId: "inv-eg" };
  const focalEg = person("FOCAL_POINT", { countryCode: "EG" });
  const holder = { id: null, email: null, name: "link", role: "REGISTRATION_LINK" as const, countryCode: null, registrationId: "r-own" };
  const egLink = { id: null, email: null, name: "link", role: "INVITATION_LINK" as const, countryCode: "EG", invitationId: "inv-eg" };

  it("lets a personal link see, change, cancel and erase its one registration, never confirm or review, never another", () => {
    for (const a of ["view", "edit", "cancel", "erase"] as const) expect(canRegistration(holder, a, own)).toBe(true);
    for (const a of ["confirm", "review"] as const) expect(canRegistration(holder, a, own)).toBe(false);
    for (const a of ["view", "edit", "cancel", "erase"] as const) expect(canRegistration(holder, a, other)).toBe(false);
  });

  it("lets an invitation's link see, confirm and cancel its delegation only, never edit or review", () => {
    for (const a of ["view", "confirm", "cancel"] as const) expect(canRegistration(egLink, a, other)).toBe(true);
    for (const a of ["edit", "review", "erase"] as const) expect(canRegistration(egLink, a, other)).toBe(false);
    expect(canRegistration(egLink, "confirm", { ...other, invitationId: "inv-pk" })).toBe(false);
    expect(canRegistration(egLink, "view", { ...other, invitationId: null })).toBe(false);
  });

  it("lets a visitor register and nothing else", () => {
    expect(mayRegister(VISITOR)).toBe(true);
    expect(mayRegister(holder)).toBe(false);
    for (const a of ["view", "edit", "cancel", "confirm", "review", "erase"] as const) expect(canRegistration(VISITOR, a, own)).toBe(false);
  });

  it("lets a delegate see, change and cancel their own registration and no one else's", () => {
    expect(canRegistration(delegate, "view", own)).toBe(true);
    expect(canRegistration(delegate, "edit", own)).toBe(true);
    expect(canRegistration(delegate, "cancel", { ...own, email: "x@example.org", userId: delegate.id })).toBe(true);
    expect(canRegistration(delegate, "view", other)).toBe(false);
    expect(canRegistration(delegate, "cancel", other)).toBe(false);
    expect(canRegistration(delegate, "review", own)).toBe(false);
    expect(canRegistration(delegate, "confirm", own)).toBe(false);
  });

  it("lets a focal point see and confirm their own country's delegates only", () => {
    expect(canRegistration(focalEg, "confirm", other)).toBe(true);
    expect(canRegistration(focalEg, "view", other)).toBe(true);
    expect(canRegistration(focalEg, "confirm", { ...other, countryCode: "PK" })).toBe(false);
    expect(canRegistration(focalEg, "review", other)).toBe(false);
    expect(canRegistration(person("FOCAL_POINT"), "view", { ...other, countryCode: null })).toBe(false);
  });

  it("lets the secretariat accredit, and nobody else", () => {
    expect(who((a) => canRegistration(a, "review", other))).toEqual(["ORGANIZER", "REVIEWER"]);
    expect(canRegistration(SYSTEM_ACTOR, "review", other)).toBe(false);
    expect(registrationScope(delegate)).toEqual({ OR: [{ userId: delegate.id }, { email: delegate.email }] });
  });
});
