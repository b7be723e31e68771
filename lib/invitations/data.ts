import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/access/policy";
import { PUBLIC_EDITION_STATUSES } from "@/lib/editions/status";
import { invitationScope } from "./policy";

/** The invitations a focal point answers for: those naming them, or their country's. */
export async function listOwnInvitations(actor: Actor) {
  return db.invitation.findMany({
    where: { ...invitationScope(actor), edition: { status: { in: PUBLIC_EDITION_STATUSES } } },
    orderBy: { createdAt: "desc" },
    include: {
      edition: { select: { number: true, theme: true, startsAt: true, timeZone: true, series: { select: { name: true } } } },
      registrations: { where: { status: { notIn: ["CANCELLED", "REJECTED"] } }, select: { id: true, givenName: true, familyName: true, delegationRole: true, status: true } },
    },
  });
}
