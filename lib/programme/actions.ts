"use server";
import { revalidatePath, updateTag } from "next/cache";
import { actionFor } from "@/lib/actions";
import { PUBLIC_TAG } from "@/lib/public-cache";
import { deleteSession, saveSession } from "./mutations";

function refresh() {
  updateTag(PUBLIC_TAG);
  revalidatePath("/[locale]/admin/editions/[id]", "page");
}

export const saveSessionAction = actionFor(saveSession, { after: refresh });
export const deleteSessionAction = actionFor(deleteSession, { after: refresh });
