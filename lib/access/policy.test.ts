import { describe, expect, it } from "vitest";
import { ADMIN_NAV, can, PERMISSIONS, ROLE_HOME, type Permission } from "./policy";
import type { Role } from "@/lib/generated/prisma/enums";

const ROLES: Role[] = ["ORGANIZER", "REVIEWER", "PRESS_OFFICER", "FOCAL_POINT", "DELEGATE"];

describe("role permissions", () => {
  it("refuses everything to nobody", () => {
    for (const p of PERMISSIONS) expect(can(null, p)).toBe(false);
  });

  it.each<[Permission, Role[]]>([
    ["series.manage", ["ORGANIZER"]],
    ["editions.manage", ["ORGANIZER"]],
    ["outbox.view", ["ORGANIZER"]],
    ["invitations.manage", ["ORGANIZER"]],
    ["press.review", ["REVIEWER"]],
    ["press.draft", ["ORGANIZER", "PRESS_OFFICER"]],
    ["registrations.review", ["ORGANIZER", "REVIEWER"]],
    ["admin.view", ["ORGANIZER", "REVIEWER"]],
    ["delegation.manage", ["FOCAL_POINT"]],
    ["registration.self", ["FOCAL_POINT", "DELEGATE"]],
  ])("grants %s only to %j", (permission, allowed) => {
    for (const role of ROLES) expect(can({ role }, permission), `${role} ${permission}`).toBe(allowed.includes(role));
  });

  it("never lets a delegate or focal point into the organizer area", () => {
    for (const role of ["DELEGATE", "FOCAL_POINT"] as Role[]) {
      expect(ADMIN_NAV.filter((i) => can({ role }, i.permission))).toEqual([]);
    }
  });

  it("sends each role home to a page it may open", () => {
    const needs: Record<string, Permission> = {
      "/admin": "admin.view", "/admin/review": "press.review", "/admin/newsroom": "press.draft", "/delegation": "delegation.manage", "/me": "registration.self",
    };
    for (const role of ROLES) expect(can({ role }, needs[ROLE_HOME[role]]), role).toBe(true);
  });
});
