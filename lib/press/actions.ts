"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions";
import { kickOutbox, schedulePressPublication } from "@/lib/jobs/boss";
import { newRelease, releaseStep, releaseText, releaseTiming, translationApproval, versionRestore } from "./schema";
import { approveTranslation, createReleaseFromTemplate, restoreVersion, saveReleaseText, stepRelease, timeRelease } from "./mutations";

const refresh = () => revalidatePath("/[locale]/admin", "layout");

export const createReleaseAction = defineAction({
  permission: "press.draft",
  schema: z.object({ locale: z.string().max(5) }).and(newRelease),
  async run({ actor, input }) {
    const r = await createReleaseFromTemplate({ actor, editionId: input.editionId, sourceLocale: input.sourceLocale });
    if (r.ok) redirect(`/${input.locale}/admin/newsroom/${r.data.id}`);
    return r;
  },
});

export const saveReleaseTextAction = defineAction({
  permission: "press.draft",
  schema: releaseText,
  async run({ actor, input }) {
    const r = await saveReleaseText({ actor, input });
    if (r.ok) refresh();
    return r;
  },
});

export const restoreVersionAction = defineAction({
  permission: "press.draft",
  schema: versionRestore,
  async run({ actor, input }) {
    const r = await restoreVersion({ actor, versionId: input.versionId });
    if (r.ok) refresh();
    return r;
  },
});

export const stepReleaseAction = defineAction({
  permission: "press.publish", // every newsroom role; the workflow checks each step precisely
  schema: releaseStep,
  async run({ actor, input }) {
    const r = await stepRelease({ actor, releaseId: input.releaseId, step: input.step, note: input.note });
    if (r.ok) {
      refresh();
      if (input.step === "publish") await kickOutbox();
    }
    return r;
  },
});

export const timeReleaseAction = defineAction({
  permission: "press.publish",
  schema: releaseTiming,
  async run({ actor, input }) {
    const r = await timeRelease({ actor, releaseId: input.releaseId, mode: input.mode, publishAtLocal: input.publishAt });
    if (r.ok) {
      await schedulePressPublication(r.data.id, r.data.publishAt);
      if (input.mode === "embargo") await kickOutbox();
      refresh();
    }
    return r;
  },
});

export const approveTranslationAction = defineAction({
  permission: "press.review",
  schema: translationApproval,
  async run({ actor, input }) {
    const r = await approveTranslation({ actor, releaseId: input.releaseId, locale: input.locale });
    if (r.ok) refresh();
    return r;
  },
});
