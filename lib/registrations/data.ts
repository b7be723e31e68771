import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/access/policy";
import { registrationScope } from "./policy";

export async function listRegistrationsForAdmin(opts: { take?: number } = {}) {
  return db.registration.findMany({
    orderBy: { createdAt: "desc" },
    take: opts.take ?? 200,
    include: { edition: { select: { number: true, series: { select: { name: true } } } } },
  });
}

/** A delegate's own registrations: scoped by the actor's id and email, never optional. */
export async function listOwnRegistrations(actor: Actor) {
  return db.registration.findMany({
    where: registrationScope(actor),
    orderBy: { createdAt: "desc" },
    include: { edition: { select: { number: true, theme: true, startsAt: true, timeZone: true, series: { select: { name: true, slug: true } } } } },
  });
}
