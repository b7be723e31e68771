import "server-only";
import { db } from "@/lib/db";
import { cachedPublic } from "@/lib/public-cache";
import { PUBLIC_EDITION, PUBLIC_SERIES } from "@/lib/editions/status";


/** Every series with its public editions (drafts are never public), newest first. */
export const listPublicSeries = cachedPublic(
  () =>
    db.series.findMany({
      where: PUBLIC_SERIES,
      orderBy: { createdAt: "asc" },
      include: {
        editions: {
          where: PUBLIC_EDITION,
          orderBy: { number: "desc" },
          select: { id: true, number: true, theme: true, startsAt: true, endsAt: true, timeZone: true, city: true, status: true },
        },
      },
    }),
  "public-series-list",
);

export const getPublicSeries = cachedPublic(
  (slug: string) =>
    db.series.findUnique({
      where: { slug, ...PUBLIC_SERIES },
      include: {
        editions: {
          where: PUBLIC_EDITION,
          orderBy: { number: "desc" },
          select: {
            id: true, number: true, theme: true, startsAt: true, endsAt: true, timeZone: true, city: true, venue: true, status: true, updatedAt: true,
            _count: { select: { invitations: { where: { status: "ACCEPTED" } } } },
          },
        },
      },
    }),
  "public-series",
);

export async function listSeriesForAdmin() {
  return db.series.findMany({ orderBy: { createdAt: "asc" }, include: { _count: { select: { editions: true } } } });
}

export async function getSeriesForAdmin(id: string) {
  return db.series.findUnique({ where: { id }, include: { editions: { orderBy: { number: "desc" }, select: { id: true, number: true, status: true, startsAt: true, timeZone: true } } } });
}
