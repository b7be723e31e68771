"use server";
import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { actionFor } from "@/lib/actions";
import { PUBLIC_TAG } from "@/lib/public-cache";
import { createSeries, updateSeries } from "./mutations";

export const createSeriesAction = actionFor(createSeries, {
  after(s, { locale }) {
    updateTag(PUBLIC_TAG);
    redirect(`/${locale}/admin/series/${s.id}`);
  },
});

export const updateSeriesAction = actionFor(updateSeries, {
  after() {
    updateTag(PUBLIC_TAG);
    revalidatePath("/[locale]/admin", "layout");
  },
});
