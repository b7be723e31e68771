import "server-only";
import { db } from "@/lib/db";

export async function listEditionsForAdmin() {
  return db.edition.findMany({
    orderBy: [{ series: { slug: "asc" } }, { number: "desc" }],
    include: {
      series: { select: { slug: true, name: true } },
      _count: { select: { invitations: true, registrations: true } },
    },
  });
}

/** The organizer dashboard: the next edition to come and its figures. */
export async function getDashboard(now = new Date()) {
  const upcoming = await db.edition.findFirst({
    where: { status: { notIn: ["HELD", "ARCHIVED", "CANCELLED"] } },
    orderBy: [{ startsAt: "asc" }, { number: "asc" }],
    include: { series: { select: { slug: true, name: true } } },
  });
  if (!upcoming) return { upcoming: null, now };
  const [byStatus, invitations] = await Promise.all([
    db.registration.groupBy({ by: ["status"], where: { editionId: upcoming.id }, _count: { _all: true } }),
    db.invitation.groupBy({ by: ["status"], where: { editionId: upcoming.id }, _count: { _all: true } }),
  ]);
  return {
    now,
    upcoming,
    registrations: Object.fromEntries(byStatus.map((r) => [r.status, r._count._all])) as Record<string, number>,
    invitations: Object.fromEntries(invitations.map((r) => [r.status, r._count._all])) as Record<string, number>,
  };
}
