import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { fail, ok, type DbRefusal } from "@/lib/errors";
import { zonedLocalToUtc } from "@/lib/i18n/time-zones";
import { defineUseCase, lockRow } from "@/lib/use-case";
import { tokenColumns } from "@/lib/secret-token";
import type { AuditEntry } from "@/lib/audit/mutations";
import { fillFreedSeats, lockEditionSeats, SEATED } from "@/lib/registrations/seats/mutations";
import { transitionProblem } from "./lifecycle";
import { can } from "./policy";
import { editionInput, editionUpdateInput, idInput, plannedEditionInput, transitionInput, type EditionInput, type EditionReason } from "./schema";

/** Form values (wall-clock times in the edition's zone) → columns (UTC instants); emptied fields are cleared. */
function toData(input: EditionInput) {
  const at = (v: string | null) => (v ? zonedLocalToUtc(v, input.timeZone) : null);
  return {
    number: input.number,
    theme: input.theme,
    venue: Object.keys(input.venue).length ? input.venue : Prisma.DbNull,
    city: input.city,
    timeZone: input.timeZone,
    startsAt: at(input.startsAt),
    endsAt: at(input.endsAt),
    capacity: input.capacity,
    registrationOpensAt: at(input.registrationOpensAt),
    registrationClosesAt: at(input.registrationClosesAt),
  };
}

function refusals(r: DbRefusal) {
  if (r.kind === "unique" && (r.constraint ?? "seriesId_number").includes("seriesId_number")) return fail<EditionReason>("INVALID_INPUT", { number: ["numberTaken"] });
  if (r.constraint === "Edition_open_needs_dates_capacity") return fail<EditionReason>("NEEDS_DATES_AND_CAPACITY");
  return undefined;
}

/**
 * Another edition of the series on overlapping dates (planning twice, a typo in the year).
 * The series row is locked first, so two organizers saving at once are checked one after
 * the other.
 */
async function datesTaken(tx: Tx, seriesId: string, data: { number: number; startsAt: Date | null; endsAt: Date | null }, selfId?: string) {
  if (!data.startsAt || !data.endsAt) return null;
  await lockRow(tx, "Series", seriesId);
  const other = await tx.edition.findFirst({
    // The same number is refused on its own (numberTaken): one message for one mistake.
    where: { seriesId, id: selfId ? { not: selfId } : undefined, number: { not: data.number }, status: { not: "CANCELLED" }, startsAt: { lte: data.endsAt }, endsAt: { gte: data.startsAt } },
    select: { number: true },
  });
  return other ? fail<EditionReason>("INVALID_INPUT", { startsAt: ["datesTaken"] }) : null;
}

const withSlug = (e: { id: string; number: number }, seriesSlug: string) => ({ id: e.id, number: e.number, seriesSlug });

async function lockEdition(tx: Tx, id: string) {
  if (!(await lockRow(tx, "Edition", id))) return null;
  return tx.edition.findUniqueOrThrow({ where: { id }, include: { series: { select: { slug: true } } } });
}

export const createEdition = defineUseCase({
  name: "editions.create",
  input: editionInput,
  load: (tx, input) => tx.series.findUnique({ where: { id: input.seriesId }, select: { id: true, slug: true } }),
  allows: (actor) => can(actor, "create"),
  authorize: (actor, series) => can(actor, "create", { seriesId: series.id }),
  refusals,
  async run({ tx, input, record: series }) {
    const data = toData(input);
    const taken = await datesTaken(tx, series.id, data);
    if (taken) return taken;
    const e = await tx.edition.create({ data: { ...data, seriesId: series.id } });
    return ok(withSlug(e, series.slug));
  },
  audit: (_ctx, e) => ({ action: "edition.create", entityType: "Edition", entityId: e.id, editionId: e.id, data: { number: e.number } }),
});

export const updateEdition = defineUseCase({
  name: "editions.update",
  input: editionUpdateInput,
  load: async (tx, input) => {
    const e = await lockEdition(tx, input.id);
    return e && e.seriesId === input.seriesId ? e : null;
  },
  allows: (actor) => can(actor, "update"),
  authorize: (actor, e) => can(actor, "update", e),
  refusals,
  async run({ tx, input, record, now }) {
    const { id, ...rest } = input;
    const data = toData(rest);
    const taken = await datesTaken(tx, record.seriesId, data, id);
    if (taken) return taken;
    const seated = await tx.registration.count({ where: { editionId: id, status: { in: [...SEATED] } } });
    if (data.capacity !== null && data.capacity !== undefined && data.capacity < seated) return fail<EditionReason>("INVALID_INPUT", { capacity: ["belowSeated"] });
    const e = await tx.edition.update({ where: { id }, data });
    // More seats: the waiting list moves up at once (the edition is locked).
    const grew = record.capacity !== null && (e.capacity === null || e.capacity > record.capacity);
    const promoted = grew ? await fillFreedSeats(tx, (await lockEditionSeats(tx, id))!, now) : [];
    return ok({ ...withSlug(e, record.series.slug), promoted });
  },
  audit: ({ record }, e): AuditEntry[] => [
    {
      action: "edition.update", entityType: "Edition", entityId: e.id, editionId: e.id,
      data: { before: { number: record.number, startsAt: record.startsAt?.toISOString() ?? null, capacity: record.capacity } },
    },
    ...e.promoted,
  ],
});

/** Moves an edition to another status. The row is locked, so two organizers cannot race. */
export const transitionEdition = defineUseCase({
  name: "editions.transition",
  input: transitionInput,
  load: (tx, input) => lockEdition(tx, input.id),
  allows: (actor) => can(actor, "transition"),
  authorize: (actor, e) => can(actor, "transition", e),
  refusals,
  async run({ tx, input, record: e, now }) {
    const problem = transitionProblem(e, input.to, now);
    if (problem) return fail<EditionReason>(problem);
    // The first move out of draft (but to cancelled) makes the edition public for good: if it is cancelled later, it stays listed as cancelled.
    const announcing = !e.announcedAt && input.to !== "CANCELLED" && input.to !== "DRAFT";
    const cancelling = input.to === "CANCELLED" ? { cancelledAt: now, cancellationReason: input.reason } : {};
    await tx.edition.update({ where: { id: e.id }, data: { status: input.to, countriesPublished: input.to === "HELD" ? true : undefined, ...(announcing ? { announcedAt: now } : {}), ...cancelling } });
    // A series becomes public with its first announced edition, and stays public.
    if (input.to === "ANNOUNCED") await tx.series.updateMany({ where: { id: e.seriesId, announcedAt: null }, data: { announcedAt: now } });
    return ok({ ...withSlug(e, e.series.slug), from: e.status, to: input.to });
  },
  audit: (_ctx, r) => ({ action: "edition.transition", entityType: "Edition", entityId: r.id, editionId: r.id, data: { from: r.from, to: r.to } }),
});

/**
 * Deletes an edition no one has seen: a draft, or one cancelled before it was announced,
 * with its programme and invitations. One that was public, or has registrations or press
 * releases, is kept (cancel it instead).
 */
export const deleteEdition = defineUseCase({
  name: "editions.delete",
  input: idInput,
  load: (tx, input) => lockEdition(tx, input.id),
  allows: (actor) => can(actor, "update"),
  authorize: (actor, e) => can(actor, "update", e),
  async run({ tx, record: e }) {
    if (e.announcedAt || (e.status !== "DRAFT" && e.status !== "CANCELLED")) return fail<EditionReason>("ONLY_DRAFTS_DELETED");
    const [registrations, releases] = await Promise.all([tx.registration.count({ where: { editionId: e.id } }), tx.pressRelease.count({ where: { editionId: e.id } })]);
    if (registrations || releases) return fail<EditionReason>("HAS_RECORDS");
    await tx.edition.delete({ where: { id: e.id } });
    return ok({ id: e.id, number: e.number, seriesId: e.seriesId });
  },
  audit: (_ctx, r) => ({ action: "edition.delete", entityType: "Series", entityId: r.seriesId, data: { number: r.number } }),
});

const newId = () => `c${randomBytes(12).toString("hex")}`;

/**
 * Creates the next edition from a reviewed proposal: the edition itself, the countries
 * invited to the source edition with their quotas (new secret links, not yet sent), and
 * its programme — sessions with their chairs and speakers — moved to the new dates.
 * One transaction, a fixed number of statements whatever the size.
 */
export const createPlannedEdition = defineUseCase({
  name: "editions.planNext",
  input: plannedEditionInput,
  load: async (tx, input) => {
    const source = await tx.edition.findUnique({
      where: { id: input.fromEditionId },
      include: { series: { select: { slug: true } }, invitations: true, sessions: { orderBy: { startsAt: "asc" }, include: { speakers: true } } },
    });
    return source && source.seriesId === input.seriesId ? source : null;
  },
  allows: (actor) => can(actor, "planNext"),
  authorize: (actor, source) => can(actor, "planNext", source),
  refusals,
  async run({ tx, input, record: source }) {
    const { fromEditionId: _from, ...rest } = input;
    const data = toData(rest);
    const taken = await datesTaken(tx, source.seriesId, data);
    if (taken) return taken;
    const e = await tx.edition.create({ data: { ...data, seriesId: source.seriesId } });
    if (source.invitations.length) {
      await tx.invitation.createMany({
        data: source.invitations.map((i) => ({
          editionId: e.id, countryCode: i.countryCode, organizationId: i.organizationId, quota: i.quota, letterLocale: i.letterLocale, ...tokenColumns(),
          focalPointName: i.focalPointName, focalPointEmail: i.focalPointEmail, focalPointInstitution: i.focalPointInstitution, focalPointId: i.focalPointId,
        })),
      });
    }
    const shift = source.startsAt && data.startsAt ? data.startsAt.getTime() - source.startsAt.getTime() : null;
    const sessions = shift === null ? [] : source.sessions.map((s) => ({ ...s, newId: newId() }));
    if (shift !== null && sessions.length) {
      await tx.programmeSession.createMany({
        data: sessions.map((s) => ({
          id: s.newId, editionId: e.id, title: s.title as Prisma.InputJsonValue, description: (s.description ?? Prisma.DbNull) as Prisma.InputJsonValue,
          room: s.room, language: s.language, startsAt: new Date(s.startsAt.getTime() + shift), endsAt: new Date(s.endsAt.getTime() + shift),
        })),
      });
      const people = sessions.flatMap((s) => s.speakers.map((p) => ({ sessionId: s.newId, speakerId: p.speakerId, role: p.role, sortOrder: p.sortOrder })));
      if (people.length) await tx.sessionSpeaker.createMany({ data: people });
    }
    return ok({ ...withSlug(e, source.series.slug), from: source.id, invitations: source.invitations.length, sessions: sessions.length });
  },
  audit: (_ctx, r) => ({
    action: "edition.planNext", entityType: "Edition", entityId: r.id, editionId: r.id,
    data: { from: r.from, invitations: r.invitations, sessions: r.sessions },
  }),
});
