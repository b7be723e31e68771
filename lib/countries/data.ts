import "server-only";
import { db } from "@/lib/db";

export async function listCountries() {
  return db.country.findMany({
    include: { _count: { select: { invitations: true } } },
  });
}

export async function listOrganizations() {
  return db.organization.findMany({ orderBy: { acronym: "asc" }, include: { _count: { select: { invitations: true } } } });
}
