"use server";
import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions";
import { PUBLIC_TAG } from "@/lib/public-cache";
import { sessionInput } from "./schema";
import { deleteSession, saveSession } from "./mutations";

function refresh<T extends { ok: boolean }>(r: T): T {
  if (r.ok) {
    updateTag(PUBLIC_TAG);
    revalidatePath("/[locale]/admin/editions/[id]", "page");
  }
  return r;
}

export const saveSessionAction = defineAction({
  permission: "editions.manage",
  schema: z.object({ id: z.string().max(40).optional().transform((v) => v || undefined) }).and(sessionInput),
  async run({ actor, input }) {
    const { id, ...rest } = input;
    return refresh(await saveSession({ actor, id, input: rest }));
  },
});

export const deleteSessionAction = defineAction({
  permission: "editions.manage",
  schema: z.object({ id: z.string().min(1).max(40) }),
  async run({ actor, input }) {
    return refresh(await deleteSession({ actor, id: input.id }));
  },
});
