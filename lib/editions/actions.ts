"use server";
import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions";
import { PUBLIC_TAG } from "@/lib/public-cache";
import { editionInput, transitionInput } from "./schema";
import { createEdition, createPlannedEdition, transitionEdition, updateEdition, type EditionResult } from "./mutations";

const withId = z.object({ id: z.string().min(1).max(40) });

function after(result: EditionResult, locale?: string) {
  if (result.ok) {
    updateTag(PUBLIC_TAG);
    revalidatePath("/[locale]/admin", "layout");
    if (locale) redirect(`/${locale}/admin/editions/${result.data.id}`);
  }
  return result;
}

export const createEditionAction = defineAction({
  permission: "editions.manage",
  schema: z.object({ locale: z.string().max(5) }).and(editionInput),
  async run({ actor, input }) {
    const { locale, ...rest } = input;
    return after(await createEdition({ actor, input: rest }), locale);
  },
});

export const updateEditionAction = defineAction({
  permission: "editions.manage",
  schema: withId.and(editionInput),
  async run({ actor, input }) {
    const { id, ...rest } = input;
    return after(await updateEdition({ actor, id, input: rest }));
  },
});

export const transitionEditionAction = defineAction({
  permission: "editions.manage",
  schema: transitionInput,
  async run({ actor, input }) {
    return after(await transitionEdition({ actor, id: input.id, to: input.to }));
  },
});

export const createPlannedEditionAction = defineAction({
  permission: "editions.manage",
  schema: z.object({ fromEditionId: z.string().min(1).max(40), locale: z.string().max(5) }).and(editionInput),
  async run({ actor, input }) {
    const { fromEditionId, locale, ...rest } = input;
    return after(await createPlannedEdition({ actor, fromEditionId, input: rest }), locale);
  },
});
