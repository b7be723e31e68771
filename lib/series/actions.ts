"use server";
import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions";
import { PUBLIC_TAG } from "@/lib/public-cache";
import { seriesInput } from "./schema";
import { createSeries, updateSeries } from "./mutations";

export const createSeriesAction = defineAction({
  permission: "series.manage",
  schema: z.object({ locale: z.string().max(5) }).and(seriesInput),
  async run({ actor, input }) {
    const { locale, ...rest } = input;
    const r = await createSeries({ actor, input: rest });
    if (r.ok) {
      updateTag(PUBLIC_TAG);
      redirect(`/${locale}/admin/series/${r.data.id}`);
    }
    return r;
  },
});

export const updateSeriesAction = defineAction({
  permission: "series.manage",
  schema: z.object({ id: z.string().min(1).max(40) }).and(seriesInput),
  async run({ actor, input }) {
    const { id, ...rest } = input;
    const r = await updateSeries({ actor, id, input: rest });
    if (r.ok) {
      updateTag(PUBLIC_TAG);
      revalidatePath("/[locale]/admin", "layout");
    }
    return r;
  },
});
