import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/access/policy";

/** The invitations a focal point answers for: those naming them, or their country's. */
export async function listOwnInvitations(actor: Actor) {
  const or: { focalPointId?: string; countryCode?: string }[] = [{ focalPointId: actor.id }];
  if (actor.countryCode) or.push({ countryCode: actor.countryCode });
  return db.invitation.findMany({
    where: { OR: or, edition: { status: { notIn: ["DRAFT"] } } },
    orderBy: { createdAt: "desc" },
    include: {
      edition: { select: { number: true, theme: true, startsAt: true, timeZone: true, series: { select: { name: true } } } },
      registrations: { where: { status: { notIn: ["CANCELLED", "REJECTED"] } }, select: { id: true, givenName: true, familyName: true, delegationRole: true, status: true } },
    },
  });
}
