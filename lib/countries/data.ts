import "server-only";
import { db } from "@/lib/db";

export async function listCountries() {
  return db.country.findMany({
    include: { _count: { select: { invitations: true } } },
  });
}
