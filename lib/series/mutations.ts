import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { fail, ok } from "@/lib/errors";
import { defineUseCase, lockRow, nothingToLoad } from "@/lib/use-case";
import { can } from "./policy";
import { seriesInput, seriesUpdateInput, type SeriesInput, type SeriesReason } from "./schema";

/** Form values → columns. An emptied optional field is cleared (null), not left as it was. */
function toData(input: SeriesInput) {
  const { description, ...rest } = input;
  return { ...rest, description: Object.keys(description).length ? description : Prisma.DbNull };
}

const refusals = (r: { kind: string; constraint?: string }) =>
  r.kind === "unique" && (r.constraint ?? "").includes("slug") ? fail<SeriesReason>("INVALID_INPUT", { slug: ["slugTaken"] }) : undefined;

export const createSeries = defineUseCase({
  name: "series.create",
  input: seriesInput,
  load: nothingToLoad,
  allows: (actor) => can(actor, "create"),
  authorize: (actor) => can(actor, "create"),
  refusals,
  async run({ tx, input }) {
    const s = await tx.series.create({ data: toData(input), select: { id: true, slug: true } });
    return ok(s);
  },
  audit: (_ctx, s) => ({ action: "series.create", entityType: "Series", entityId: s.id, data: { slug: s.slug } }),
});

export const updateSeries = defineUseCase({
  name: "series.update",
  input: seriesUpdateInput,
  load: async (tx, input) => ((await lockRow(tx, "Series", input.id)) ? tx.series.findUniqueOrThrow({ where: { id: input.id } }) : null),
  allows: (actor) => can(actor, "update"),
  authorize: (actor, series) => can(actor, "update", series),
  refusals,
  async run({ tx, input }) {
    const { id, ...rest } = input;
    const s = await tx.series.update({ where: { id }, data: toData(rest), select: { id: true, slug: true } });
    return ok(s);
  },
  audit: ({ record }, s) => ({ action: "series.update", entityType: "Series", entityId: s.id, data: { slug: record.slug } }),
});
