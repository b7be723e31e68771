import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/mutations";
import { zonedLocalToUtc } from "@/lib/i18n/time-zones";
import type { SessionInput } from "./schema";

type Result = { ok: true; data: { id: string } } | { ok: false; reason: string; fieldErrors?: Record<string, string[]> };

async function linkPeople(tx: Tx, sessionId: string, input: SessionInput) {
  const people = [
    ...(input.chair ? [{ name: input.chair, position: null, affiliation: null, role: "CHAIR" as const }] : []),
    ...input.speakers.map((p) => ({ ...p, role: "SPEAKER" as const })),
  ];
  let order = 0;
  for (const p of people) {
    const existing = await tx.speaker.findFirst({ where: { name: p.name, position: p.position, affiliation: p.affiliation } });
    const speaker = existing ?? (await tx.speaker.create({ data: { name: p.name, position: p.position, affiliation: p.affiliation } }));
    await tx.sessionSpeaker.upsert({
      where: { sessionId_speakerId: { sessionId, speakerId: speaker.id } },
      create: { sessionId, speakerId: speaker.id, role: p.role, sortOrder: order++ },
      update: { role: p.role, sortOrder: order++ },
    });
  }
}

/** Adds a session (or replaces one, with `id`) in the edition's programme. */
export async function saveSession({ actor, id, input }: { actor: Actor; id?: string; input: SessionInput }): Promise<Result> {
  if (!can(actor, "editions.manage")) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const edition = await tx.edition.findUnique({ where: { id: input.editionId }, select: { id: true, timeZone: true } });
    if (!edition) return { ok: false as const, reason: "NOT_FOUND" };
    const data = {
      title: input.title,
      startsAt: zonedLocalToUtc(input.startsAt, edition.timeZone),
      endsAt: zonedLocalToUtc(input.endsAt, edition.timeZone),
      room: input.room,
      language: input.language,
    };
    let sessionId = id;
    if (sessionId) {
      const updated = await tx.programmeSession.updateMany({ where: { id: sessionId, editionId: edition.id }, data });
      if (updated.count === 0) return { ok: false as const, reason: "NOT_FOUND" };
      await tx.sessionSpeaker.deleteMany({ where: { sessionId } });
    } else {
      sessionId = (await tx.programmeSession.create({ data: { ...data, editionId: edition.id } })).id;
    }
    await linkPeople(tx, sessionId, input);
    await recordAudit(tx, { actor, action: id ? "session.update" : "session.create", entityType: "ProgrammeSession", entityId: sessionId, editionId: edition.id });
    return { ok: true as const, data: { id: sessionId } };
  });
}

export async function deleteSession({ actor, id }: { actor: Actor; id: string }): Promise<Result> {
  if (!can(actor, "editions.manage")) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const s = await tx.programmeSession.findUnique({ where: { id }, select: { editionId: true } });
    if (!s) return { ok: false as const, reason: "NOT_FOUND" };
    await tx.programmeSession.delete({ where: { id } });
    await recordAudit(tx, { actor, action: "session.delete", entityType: "ProgrammeSession", entityId: id, editionId: s.editionId });
    return { ok: true as const, data: { id } };
  });
}
