import "server-only";
import { db } from "@/lib/db";

const PUBLIC_STATUSES = ["ANNOUNCED", "REGISTRATION_OPEN", "REGISTRATION_CLOSED", "HELD", "ARCHIVED", "CANCELLED"] as const;

/** Every series with its public editions (drafts are never public), newest first. */
export async function listPublicSeries() {
  return db.series.findMany({
    orderBy: { createdAt: "asc" },
    include: {
      editions: {
        where: { status: { in: [...PUBLIC_STATUSES] } },
        orderBy: { number: "desc" },
        select: { id: true, number: true, theme: true, startsAt: true, endsAt: true, timeZone: true, city: true, status: true },
      },
    },
  });
}

export async function getPublicSeries(slug: string) {
  return db.series.findUnique({
    where: { slug },
    include: {
      editions: {
        where: { status: { in: [...PUBLIC_STATUSES] } },
        orderBy: { number: "desc" },
        select: {
          id: true, number: true, theme: true, startsAt: true, endsAt: true, timeZone: true, city: true, venue: true, status: true,
          _count: { select: { invitations: { where: { status: "ACCEPTED" } } } },
        },
      },
    },
  });
}
