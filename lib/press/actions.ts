"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionFor } from "@/lib/actions";
import { kickOutbox, schedulePressPublication } from "@/lib/jobs/boss";
import { createReleaseFromTemplate, stepRelease, timeRelease, setReleaseSlug } from "./mutations";
import { approveTranslation, restoreVersion, saveReleaseText, saveCorrection, approveCorrection, discardCorrection } from "./texts/mutations";

const refresh = () => revalidatePath("/[locale]/admin", "layout");

export const createReleaseAction = actionFor(createReleaseFromTemplate, {
  after: (r, { locale }) => redirect(`/${locale}/admin/newsroom/${r.id}`),
});

export const setReleaseSlugAction = actionFor(setReleaseSlug, { after: refresh });
export const saveCorrectionAction = actionFor(saveCorrection, { after: refresh });
export const approveCorrectionAction = actionFor(approveCorrection, { after: refresh });
export const discardCorrectionAction = actionFor(discardCorrection, { after: refresh });
export const saveReleaseTextAction = actionFor(saveReleaseText, { after: refresh });
export const restoreVersionAction = actionFor(restoreVersion, { after: refresh });
export const approveTranslationAction = actionFor(approveTranslation, { after: refresh });

export const stepReleaseAction = actionFor(stepRelease, {
  async after(r) {
    refresh();
    if (r.step === "publish") await kickOutbox();
  },
});

export const timeReleaseAction = actionFor(timeRelease, {
  async after(r) {
    await schedulePressPublication(r.id, r.publishAt);
    if (r.mode === "embargo") await kickOutbox();
    refresh();
  },
});
