import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import { ok } from "@/lib/errors";
import { zonedLocalToUtc } from "@/lib/i18n/time-zones";
import { defineUseCase, lockRow } from "@/lib/use-case";
import { can } from "@/lib/editions/policy";
import { deleteSessionInput, saveSessionInput, type SessionInput } from "./schema";

const newId = () => `c${randomBytes(12).toString("hex")}`;

/**
 * The session's chair and speakers: people already known (same name, position and
 * affiliation) are reused, the others created — three statements, whatever the number.
 */
async function linkPeople(tx: Tx, sessionId: string, input: SessionInput) {
  const people = [
    ...(input.chair ? [{ name: input.chair, position: null, affiliation: null, role: "CHAIR" as const }] : []),
    ...input.speakers.map((p) => ({ ...p, role: "SPEAKER" as const })),
  ];
  if (people.length === 0) return;
  const keyOf = (p: { name: string; position: string | null; affiliation: string | null }) => JSON.stringify([p.name, p.position, p.affiliation]);
  const known = await tx.speaker.findMany({
    where: { OR: people.map((p) => ({ name: p.name, position: p.position, affiliation: p.affiliation })) },
    select: { id: true, name: true, position: true, affiliation: true },
    orderBy: { createdAt: "asc" },
  });
  const ids = new Map<string, string>();
  for (const s of known) if (!ids.has(keyOf(s))) ids.set(keyOf(s), s.id);
  const missing = people.filter((p) => !ids.has(keyOf(p)));
  const created = missing.filter((p, i) => missing.findIndex((q) => keyOf(q) === keyOf(p)) === i).map((p) => ({ id: newId(), name: p.name, position: p.position, affiliation: p.affiliation }));
  if (created.length) await tx.speaker.createMany({ data: created });
  for (const s of created) ids.set(keyOf(s), s.id);
  // One link per person and session: a person named twice keeps their first role.
  const links = new Map<string, { sessionId: string; speakerId: string; role: "CHAIR" | "SPEAKER"; sortOrder: number }>();
  people.forEach((p, i) => {
    const speakerId = ids.get(keyOf(p))!;
    if (!links.has(speakerId)) links.set(speakerId, { sessionId, speakerId, role: p.role, sortOrder: i });
  });
  await tx.sessionSpeaker.createMany({ data: [...links.values()] });
}

/** Adds a session (or replaces one, with `id`) in the edition's programme. */
export const saveSession = defineUseCase({
  name: "programme.saveSession",
  input: saveSessionInput,
  load: async (tx, input) => {
    if (input.id && !(await lockRow(tx, "ProgrammeSession", input.id))) return null;
    const edition = await tx.edition.findUnique({ where: { id: input.editionId }, select: { id: true, seriesId: true, timeZone: true } });
    if (!edition) return null;
    if (input.id && !(await tx.programmeSession.findFirst({ where: { id: input.id, editionId: edition.id }, select: { id: true } }))) return null;
    return edition;
  },
  allows: (actor) => can(actor, "editProgramme"),
  authorize: (actor, edition) => can(actor, "editProgramme", edition),
  async run({ tx, input, record: edition }) {
    const { id, ...session } = input;
    const data = {
      title: session.title,
      startsAt: zonedLocalToUtc(session.startsAt, edition.timeZone),
      endsAt: zonedLocalToUtc(session.endsAt, edition.timeZone),
      room: session.room,
      language: session.language,
    };
    let sessionId = id;
    if (sessionId) {
      await tx.programmeSession.update({ where: { id: sessionId }, data });
      await tx.sessionSpeaker.deleteMany({ where: { sessionId } });
    } else {
      sessionId = (await tx.programmeSession.create({ data: { ...data, editionId: edition.id }, select: { id: true } })).id;
    }
    await linkPeople(tx, sessionId, session);
    return ok({ id: sessionId, editionId: edition.id, created: !id });
  },
  audit: (_ctx, s) => ({ action: s.created ? "session.create" : "session.update", entityType: "ProgrammeSession", entityId: s.id, editionId: s.editionId }),
});

export const deleteSession = defineUseCase({
  name: "programme.deleteSession",
  input: deleteSessionInput,
  load: async (tx, input) => {
    if (!(await lockRow(tx, "ProgrammeSession", input.id))) return null;
    return tx.programmeSession.findUniqueOrThrow({ where: { id: input.id }, select: { id: true, editionId: true, title: true, edition: { select: { seriesId: true } } } });
  },
  allows: (actor) => can(actor, "editProgramme"),
  authorize: (actor, s) => can(actor, "editProgramme", { id: s.editionId, seriesId: s.edition.seriesId }),
  async run({ tx, record: s }) {
    await tx.programmeSession.delete({ where: { id: s.id } });
    return ok({ id: s.id, editionId: s.editionId, title: s.title });
  },
  audit: (_ctx, s) => ({ action: "session.delete", entityType: "ProgrammeSession", entityId: s.id, editionId: s.editionId, data: { title: s.title as object } }),
});
