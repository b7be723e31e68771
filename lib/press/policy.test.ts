import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { pressProblem, statusAfterEdit, type PressAction } from "./policy";

const who = (action: PressAction, status: Parameters<typeof pressProblem>[2]) =>
  (["ORGANIZER", "REVIEWER", "PRESS_OFFICER", "FOCAL_POINT", "DELEGATE"] as Role[]).filter((role) => pressProblem({ role }, action, status) === null);

describe("newsroom authorization matrix", () => {
  it("lets press officers and organizers draft, and nobody else", () => {
    expect(who("edit", "DRAFT")).toEqual(["ORGANIZER", "PRESS_OFFICER"]);
    expect(who("submit", "DRAFT")).toEqual(["ORGANIZER", "PRESS_OFFICER"]);
  });
  it("lets only reviewers approve, ask for changes and approve translations", () => {
    expect(who("approve", "IN_REVIEW")).toEqual(["REVIEWER"]);
    expect(who("requestChanges", "IN_REVIEW")).toEqual(["REVIEWER"]);
    expect(who("approveTranslation", "APPROVED")).toEqual(["REVIEWER"]);
  });
  it("publishes, schedules and embargoes only approved releases", () => {
    expect(who("publish", "APPROVED")).toEqual(["ORGANIZER", "REVIEWER", "PRESS_OFFICER"]);
    expect(who("schedule", "APPROVED")).toEqual(["ORGANIZER", "REVIEWER", "PRESS_OFFICER"]);
    for (const status of ["DRAFT", "IN_REVIEW"] as const) {
      expect(who("publish", status)).toEqual([]);
      expect(who("embargo", status)).toEqual([]);
    }
  });
  it("lets organizers and reviewers withdraw, not press officers", () => {
    expect(who("withdraw", "PUBLISHED")).toEqual(["ORGANIZER", "REVIEWER"]);
  });
  it("refuses a delegate with FORBIDDEN and a wrong step with INVALID_TRANSITION", () => {
    expect(pressProblem({ role: "DELEGATE" }, "edit", "DRAFT")).toBe("FORBIDDEN");
    expect(pressProblem({ role: "REVIEWER" }, "approve", "DRAFT")).toBe("INVALID_TRANSITION");
    expect(pressProblem({ role: "PRESS_OFFICER" }, "edit", "PUBLISHED")).toBe("INVALID_TRANSITION");
  });
  it("sends an approved release back to review when it is edited", () => {
    expect(statusAfterEdit("APPROVED")).toBe("IN_REVIEW");
    expect(statusAfterEdit("EMBARGOED")).toBe("IN_REVIEW");
    expect(statusAfterEdit("DRAFT")).toBe("DRAFT");
  });
});
