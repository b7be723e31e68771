"use server";
import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { actionFor } from "@/lib/actions";
import { kickOutbox, schedulePressPublication } from "@/lib/jobs/boss";
import { NEWS_TAG } from "@/lib/public-cache";
import { createReleaseFromTemplate, stepRelease, timeRelease, setReleaseSlug } from "./mutations";
import { approveTranslation, restoreVersion, saveReleaseText, saveCorrection, approveCorrection, discardCorrection } from "./texts/mutations";

const refresh = () => revalidatePath("/[locale]/admin", "layout");
/** What the public reads changed: the news pages of every instance are dropped now. */
const refreshPublic = () => {
  updateTag(NEWS_TAG);
  refresh();
};

export const createReleaseAction = actionFor(createReleaseFromTemplate, {
  after: (r, { locale }) => redirect(`/${locale}/admin/newsroom/${r.id}`),
});

export const setReleaseSlugAction = actionFor(setReleaseSlug, { after: refreshPublic });
export const saveCorrectionAction = actionFor(saveCorrection, { after: refresh });
export const approveCorrectionAction = actionFor(approveCorrection, { after: refreshPublic });
export const discardCorrectionAction = actionFor(discardCorrection, { after: refresh });
export const saveReleaseTextAction = actionFor(saveReleaseText, { after: refresh });
export const restoreVersionAction = actionFor(restoreVersion, { after: refresh });
export const approveTranslationAction = actionFor(approveTranslation, { after: refreshPublic });

export const stepReleaseAction = actionFor(stepRelease, {
  async after(r) {
    // Only a step into or out of PUBLISHED changes what the public reads.
    if (r.from === "PUBLISHED" || r.to === "PUBLISHED") refreshPublic();
    else refresh();
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
