// Recording arrivals at the desk: one scan online, or a desk's queue when the network comes
// back. One arrival per registration per day is the database's rule (a unique index), so
// two desks scanning one badge — at once, or both offline — record it once, and the second
// is told when and where it was first recorded. A desk's own id for each scan makes a sync
// sent twice harmless.
import "server-only";
import { randomUUID } from "node:crypto";
import { fail, ok } from "@/lib/errors";
import { can as hasPermission } from "@/lib/access/policy";
import type { AuditEntry } from "@/lib/audit/mutations";
import { defineUseCase } from "@/lib/use-case";
import { registrationOfBadge } from "@/lib/badges/token";
import { dayIn, trustedScanTime } from "./day";
import { recordArrivalsInput, type ArrivalOutcome, type CheckInReason } from "./schema";

/** Editions whose delegates may arrive: registration open or closed, or being held. */
export const CHECKIN_OPEN = new Set(["REGISTRATION_OPEN", "REGISTRATION_CLOSED", "HELD"]);

export interface ArrivalResult {
  clientRef: string;
  outcome: ArrivalOutcome;
  registrationId: string | null;
  status?: string;
  /** The first arrival of that day: when it was scanned, at which desk. */
  firstAt?: string;
  firstDesk?: string | null;
}

export const recordArrivals = defineUseCase({
  name: "checkin.record",
  input: recordArrivalsInput,
  allows: (actor) => hasPermission(actor, "checkin.perform"),
  load: (tx, input) => tx.edition.findUnique({ where: { id: input.editionId }, select: { id: true, status: true, timeZone: true } }),
  authorize: (actor) => hasPermission(actor, "checkin.perform"),
  async run({ tx, input, record: e, now, actor }) {
    if (!CHECKIN_OPEN.has(e.status)) return fail<CheckInReason>("EDITION_NOT_OPEN");
    const idOf = (i: (typeof input.items)[number]) => (i.token ? registrationOfBadge(i.token) : (i.registrationId ?? null));
    const ids = [...new Set(input.items.map(idOf).filter((x): x is string => !!x))];
    const regs = new Map((await tx.registration.findMany({ where: { id: { in: ids } }, select: { id: true, editionId: true, status: true } })).map((r) => [r.id, r]));
    const results: ArrivalResult[] = [];
    for (const item of input.items) {
      const id = idOf(item);
      const reg = id ? regs.get(id) : undefined;
      if (!id || !reg) {
        results.push({ clientRef: item.clientRef, outcome: "unknown", registrationId: null });
        continue;
      }
      if (reg.editionId !== e.id) {
        results.push({ clientRef: item.clientRef, outcome: "otherEdition", registrationId: null });
        continue;
      }
      if (reg.status !== "APPROVED") {
        results.push({ clientRef: item.clientRef, outcome: "notApproved", registrationId: id, status: reg.status });
        continue;
      }
      const scannedAt = trustedScanTime(item.scannedAt, now);
      const day = dayIn(e.timeZone, scannedAt);
      const inserted = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "CheckIn" (id, "registrationId", "editionId", day, at, "scannedAt", method, desk, "clientRef", "byUserId")
        VALUES (${randomUUID()}, ${id}, ${e.id}, ${day}::date, ${now}, ${scannedAt}, ${item.method}::"CheckInMethod", ${input.desk}, ${item.clientRef}, ${actor.id})
        ON CONFLICT DO NOTHING RETURNING id`;
      if (inserted.length > 0) {
        results.push({ clientRef: item.clientRef, outcome: "recorded", registrationId: id });
        continue;
      }
      const first = await tx.checkIn.findFirst({ where: { OR: [{ registrationId: id, day: new Date(`${day}T00:00:00Z`) }, { clientRef: item.clientRef }] }, select: { scannedAt: true, desk: true, clientRef: true } });
      // The same scan sent again (a sync retried): it was recorded the first time.
      const again = first?.clientRef === item.clientRef;
      results.push({ clientRef: item.clientRef, outcome: again ? "recorded" : "already", registrationId: id, firstAt: first?.scannedAt.toISOString(), firstDesk: first?.desk ?? null });
    }
    return ok({ editionId: e.id, desk: input.desk, results });
  },
  audit: (_ctx, r): AuditEntry[] =>
    r.results.filter((x) => x.outcome === "recorded" && !x.firstAt).map((x) => ({ action: "checkin.record" as const, entityType: "Registration", entityId: x.registrationId!, editionId: r.editionId, data: { desk: r.desk ?? "" } })),
});
