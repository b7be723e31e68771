"use server";
import { updateTag } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions";
import { PUBLIC_TAG } from "@/lib/public-cache";
import { seriesInput } from "./schema";
import { createSeries, updateSeries } from "./mutations";

export const createSeriesAction = defineAction({
  permission: "series.manage",
  schema: seriesInput,
  async run({ actor, input }) {
    const r = await createSeries({ actor, input });
    if (r.ok) updateTag(PUBLIC_TAG);
    return r;
  },
});

export const updateSeriesAction = defineAction({
  permission: "series.manage",
  schema: z.object({ id: z.string().min(1).max(40) }).and(seriesInput),
  async run({ actor, input }) {
    const { id, ...rest } = input;
    const r = await updateSeries({ actor, id, input: rest });
    if (r.ok) updateTag(PUBLIC_TAG);
    return r;
  },
});
