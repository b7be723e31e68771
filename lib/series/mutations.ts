import { db } from "@/lib/db";
import { AppError, constraintOf, isUniqueViolation } from "@/lib/errors";
import { can, type Actor } from "@/lib/access/policy";
import { recordAudit } from "@/lib/audit/mutations";
import type { SeriesInput } from "./schema";

export type SeriesResult = { ok: true; data: { id: string; slug: string } } | { ok: false; reason: string; fieldErrors?: Record<string, string[]> };

function assertCanManage(actor: Actor) {
  if (!can(actor, "series.manage")) throw new AppError("FORBIDDEN");
}

function mapError(e: unknown): SeriesResult {
  if (isUniqueViolation(e) && (constraintOf(e) ?? "").includes("slug")) return { ok: false, reason: "INVALID_INPUT", fieldErrors: { slug: ["slugTaken"] } };
  throw e;
}

export async function createSeries({ actor, input }: { actor: Actor; input: SeriesInput }): Promise<SeriesResult> {
  assertCanManage(actor);
  try {
    return await db.$transaction(async (tx) => {
      const s = await tx.series.create({ data: { ...input, description: Object.keys(input.description).length ? input.description : undefined } });
      await recordAudit(tx, { actor, action: "series.create", entityType: "Series", entityId: s.id, data: { slug: s.slug } });
      return { ok: true as const, data: { id: s.id, slug: s.slug } };
    });
  } catch (e) {
    return mapError(e);
  }
}

export async function updateSeries({ actor, id, input }: { actor: Actor; id: string; input: SeriesInput }): Promise<SeriesResult> {
  assertCanManage(actor);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.series.findUnique({ where: { id } });
      if (!before) return { ok: false as const, reason: "NOT_FOUND" };
      const s = await tx.series.update({ where: { id }, data: { ...input, description: Object.keys(input.description).length ? input.description : undefined } });
      await recordAudit(tx, { actor, action: "series.update", entityType: "Series", entityId: id, data: { before: { slug: before.slug, name: before.name } } });
      return { ok: true as const, data: { id: s.id, slug: s.slug } };
    });
  } catch (e) {
    return mapError(e);
  }
}
