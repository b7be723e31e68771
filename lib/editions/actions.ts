"use server";
import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { actionFor, type AfterSuccess } from "@/lib/actions";
import { PUBLIC_TAG } from "@/lib/public-cache";
import { kickOutbox } from "@/lib/jobs/boss";
import { createEdition, createPlannedEdition, deleteEdition, transitionEdition, updateEdition } from "./mutations";

function refresh() {
  updateTag(PUBLIC_TAG);
  revalidatePath("/[locale]/admin", "layout");
}

function refreshAndOpen(e: { id: string }, { locale }: AfterSuccess) {
  refresh();
  redirect(`/${locale}/admin/editions/${e.id}`);
}

export const createEditionAction = actionFor(createEdition, { after: refreshAndOpen });
export const updateEditionAction = actionFor(updateEdition, {
  async after(e) {
    refresh();
    if (e.promoted.length) await kickOutbox(); // a larger capacity moved the waiting list up: tell them now
  },
});
export const transitionEditionAction = actionFor(transitionEdition, { after: refresh });
export const deleteEditionAction = actionFor(deleteEdition, {
  after(_e, { locale }) {
    refresh();
    redirect(`/${locale}/admin/editions`);
  },
});
export const createPlannedEditionAction = actionFor(createPlannedEdition, { after: refreshAndOpen });
