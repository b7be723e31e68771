import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { AppError, constraintOf, isUniqueViolation } from "@/lib/errors";
import { can, type Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/mutations";
import { zonedLocalToUtc } from "@/lib/i18n/time-zones";
import type { EditionStatus } from "@/lib/generated/prisma/enums";
import { transitionProblem } from "./lifecycle";
import type { EditionInput } from "./schema";

export type EditionResult =
  | { ok: true; data: { id: string; seriesSlug: string; number: number } }
  | { ok: false; reason: string; fieldErrors?: Record<string, string[]> };

function assertCanManage(actor: Actor) {
  if (!can(actor, "editions.manage")) throw new AppError("FORBIDDEN");
}

/** Form values (wall-clock times in the edition's zone) → database values (UTC instants). */
function toData(input: EditionInput) {
  const at = (v: string | null) => (v ? zonedLocalToUtc(v, input.timeZone) : null);
  return {
    number: input.number,
    theme: input.theme,
    venue: Object.keys(input.venue).length ? input.venue : undefined,
    city: input.city,
    timeZone: input.timeZone,
    startsAt: at(input.startsAt),
    endsAt: at(input.endsAt),
    capacity: input.capacity,
    registrationOpensAt: at(input.registrationOpensAt),
    registrationClosesAt: at(input.registrationClosesAt),
  };
}

function mapError(e: unknown): EditionResult {
  const c = constraintOf(e) ?? "";
  if (isUniqueViolation(e) || c.includes("seriesId_number")) return { ok: false, reason: "INVALID_INPUT", fieldErrors: { number: ["numberTaken"] } };
  if (c === "Edition_open_needs_dates_capacity") return { ok: false, reason: "NEEDS_DATES_AND_CAPACITY" };
  throw e;
}

export async function createEdition({ actor, input }: { actor: Actor; input: EditionInput }): Promise<EditionResult> {
  assertCanManage(actor);
  try {
    return await db.$transaction(async (tx) => {
      const series = await tx.series.findUnique({ where: { id: input.seriesId }, select: { slug: true } });
      if (!series) return { ok: false as const, reason: "NOT_FOUND" };
      const e = await tx.edition.create({ data: { ...toData(input), seriesId: input.seriesId } });
      await recordAudit(tx, { actor, action: "edition.create", entityType: "Edition", entityId: e.id, editionId: e.id, data: { number: e.number } });
      return { ok: true as const, data: { id: e.id, seriesSlug: series.slug, number: e.number } };
    });
  } catch (e) {
    return mapError(e);
  }
}

export async function updateEdition({ actor, id, input }: { actor: Actor; id: string; input: EditionInput }): Promise<EditionResult> {
  assertCanManage(actor);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.edition.findUnique({ where: { id }, include: { series: { select: { slug: true } } } });
      if (!before || before.seriesId !== input.seriesId) return { ok: false as const, reason: "NOT_FOUND" };
      const e = await tx.edition.update({ where: { id }, data: toData(input) });
      await recordAudit(tx, {
        actor, action: "edition.update", entityType: "Edition", entityId: id, editionId: id,
        data: { before: { number: before.number, startsAt: before.startsAt?.toISOString() ?? null, capacity: before.capacity } },
      });
      return { ok: true as const, data: { id, seriesSlug: before.series.slug, number: e.number } };
    });
  } catch (e) {
    return mapError(e);
  }
}

/** Moves an edition to another status. The row is locked, so two organizers cannot race. */
export async function transitionEdition({ actor, id, to, now = new Date() }: { actor: Actor; id: string; to: EditionStatus; now?: Date }): Promise<EditionResult> {
  assertCanManage(actor);
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Edition" WHERE id = ${id} FOR UPDATE`;
    if (locked.length === 0) return { ok: false as const, reason: "NOT_FOUND" };
    const e = await tx.edition.findUniqueOrThrow({ where: { id }, include: { series: { select: { slug: true } } } });
    const problem = transitionProblem(e, to, now);
    if (problem) return { ok: false as const, reason: problem };
    await tx.edition.update({ where: { id }, data: { status: to, countriesPublished: to === "HELD" ? true : undefined } });
    await recordAudit(tx, { actor, action: "edition.transition", entityType: "Edition", entityId: id, editionId: id, data: { from: e.status, to } });
    return { ok: true as const, data: { id, seriesSlug: e.series.slug, number: e.number } };
  });
}

const token = () => randomBytes(32).toString("base64url");

/**
 * Creates the next edition from a reviewed proposal: the edition itself, the countries
 * invited to `fromEditionId` with their quotas (new secret links, not yet sent), and its
 * programme skeleton moved to the new dates. One transaction.
 */
export async function createPlannedEdition({ actor, fromEditionId, input }: { actor: Actor; fromEditionId: string; input: EditionInput }): Promise<EditionResult> {
  assertCanManage(actor);
  try {
    return await db.$transaction(async (tx: Tx) => {
      const source = await tx.edition.findUnique({
        where: { id: fromEditionId },
        include: { series: { select: { slug: true } }, invitations: true, sessions: { orderBy: { startsAt: "asc" } } },
      });
      if (!source || source.seriesId !== input.seriesId) return { ok: false as const, reason: "NOT_FOUND" };
      const data = toData(input);
      const e = await tx.edition.create({ data: { ...data, seriesId: source.seriesId } });
      if (source.invitations.length) {
        await tx.invitation.createMany({
          data: source.invitations.map((i) => ({
            editionId: e.id, countryCode: i.countryCode, quota: i.quota, letterLocale: i.letterLocale, token: token(),
            focalPointName: i.focalPointName, focalPointEmail: i.focalPointEmail, focalPointId: i.focalPointId,
          })),
        });
      }
      const shift = source.startsAt && data.startsAt ? data.startsAt.getTime() - source.startsAt.getTime() : null;
      if (shift !== null && source.sessions.length) {
        await tx.programmeSession.createMany({
          data: source.sessions.map((s) => ({
            editionId: e.id, title: s.title as object, description: (s.description ?? undefined) as object | undefined, room: s.room, language: s.language,
            startsAt: new Date(s.startsAt.getTime() + shift), endsAt: new Date(s.endsAt.getTime() + shift),
          })),
        });
      }
      await recordAudit(tx, {
        actor, action: "edition.plan-next", entityType: "Edition", entityId: e.id, editionId: e.id,
        data: { from: source.id, invitations: source.invitations.length, sessions: shift === null ? 0 : source.sessions.length },
      });
      return { ok: true as const, data: { id: e.id, seriesSlug: source.series.slug, number: e.number } };
    });
  } catch (e) {
    return mapError(e);
  }
}
