"use server";
// Invitation actions: the organizer's (signed in), the focal point's through their account,
// and the same answers through the secret link (the principal is the link's holder).
import { revalidatePath, updateTag } from "next/cache";
import { actionFor, principalActionFor } from "@/lib/actions";
import { kickOutbox } from "@/lib/jobs/boss";
import { PUBLIC_TAG } from "@/lib/public-cache";
import { linkHolderFromPost } from "./link";
import { addInvitations, bulkInvitations, deleteInvitation, importFocalPoints, regenerateLink, saveInvitationSettings, updateInvitation } from "./mutations";
import { createOrganization } from "./organizations/mutations";
import { confirmFocalPoint, nominateDelegate, respondToInvitation, withdrawNominee } from "./answers/mutations";

function refreshAdmin() {
  revalidatePath("/[locale]/admin", "layout");
}

/** Answers change the participating countries a public edition page may show. */
function refreshAnswers() {
  updateTag(PUBLIC_TAG);
  revalidatePath("/[locale]/admin", "layout");
  revalidatePath("/[locale]/delegation", "page");
  revalidatePath("/[locale]/invitation/[token]", "page");
}

export const addInvitationsAction = actionFor(addInvitations, { after: refreshAdmin });
export const updateInvitationAction = actionFor(updateInvitation, {
  async after(r) {
    refreshAdmin();
    if (r.promoted.length) await kickOutbox();
  },
});
export const bulkInvitationsAction = actionFor(bulkInvitations, {
  async after(r) {
    refreshAdmin();
    if (((r.op === "send" || r.op === "remind") && r.done > 0) || r.promoted.length) await kickOutbox();
  },
});
export const regenerateLinkAction = actionFor(regenerateLink, {
  async after(r) {
    refreshAdmin();
    if (r.mailed) await kickOutbox();
  },
});
export const deleteInvitationAction = actionFor(deleteInvitation, { after: refreshAdmin });
export const importFocalPointsAction = actionFor(importFocalPoints, { after: refreshAdmin });
export const invitationSettingsAction = actionFor(saveInvitationSettings, { after: refreshAnswers });
export const createOrganizationAction = actionFor(createOrganization, { after: refreshAdmin });

export const respondAction = actionFor(respondToInvitation, { after: refreshAnswers });
export const focalPointAction = actionFor(confirmFocalPoint, { after: refreshAnswers });
export const nominateAction = actionFor(nominateDelegate, { after: refreshAnswers });
export const withdrawNomineeAction = actionFor(withdrawNominee, { after: refreshAnswers });

export const respondByLinkAction = principalActionFor(respondToInvitation, { principal: linkHolderFromPost, after: refreshAnswers });
export const focalPointByLinkAction = principalActionFor(confirmFocalPoint, { principal: linkHolderFromPost, after: refreshAnswers });
export const nominateByLinkAction = principalActionFor(nominateDelegate, { principal: linkHolderFromPost, after: refreshAnswers });
export const withdrawNomineeByLinkAction = principalActionFor(withdrawNominee, { principal: linkHolderFromPost, after: refreshAnswers });
