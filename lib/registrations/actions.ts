"use server";
// Registration actions: registering (a visitor on the public form or a delegation's link,
// rate-limited per address and per email), the secretariat's decisions and settings, the
// focal point's confirmation (signed in or through the invitation's link), and the
// delegate's own changes through their personal link.
import { headers } from "next/headers";
import { revalidatePath, updateTag } from "next/cache";
import { actionFor, principalActionFor } from "@/lib/actions";
import { getActor } from "@/lib/auth";
import { VISITOR, type Principal } from "@/lib/access/policy";
import { AppError } from "@/lib/errors";
import { kickOutbox } from "@/lib/jobs/boss";
import { PUBLIC_TAG } from "@/lib/public-cache";
import { allowAttempt, clientAddress } from "@/lib/rate-limit";
import { linkHolderFromPost } from "@/lib/invitations/link";
import { registrationHolderFromPost } from "./link";
import { confirmNominees, decideRegistrations, register, saveRegistrationSettings } from "./mutations";
import { anonymizeEdition } from "./privacy/mutations";
import { cancelOwnRegistration, eraseOwnRegistration, updateOwnRegistration } from "./self/mutations";
import { issueVisaLetter, setBadgeCategory } from "./visa/mutations";

function refreshAdmin() {
  revalidatePath("/[locale]/admin", "layout");
}

async function refreshAndMail() {
  refreshAdmin();
  revalidatePath("/[locale]/delegation", "page");
  revalidatePath("/[locale]/invitation/[token]", "page");
  revalidatePath("/[locale]/registration/[token]", "page");
  await kickOutbox();
}

/** Whoever posts the registration form: the signed-in person, else a visitor; limited per address and per email. */
async function registrant(values: Record<string, unknown>): Promise<Principal> {
  const address = clientAddress(await headers());
  const email = typeof values.email === "string" ? values.email.slice(0, 320) : undefined;
  if (!(await allowAttempt("publicForm", { address, email }))) throw new AppError("RATE_LIMITED");
  return (await getActor()) ?? VISITOR;
}

// A visitor's page needs no refresh (the form shows what happened; the secretariat's pages
// are rendered per request): only the outbox is woken, so a crowd registering at once costs
// one page render each, not two.
export const registerAction = principalActionFor(register, { principal: registrant, after: () => kickOutbox() });

export const decideRegistrationsAction = actionFor(decideRegistrations, { after: refreshAndMail });
export const registrationSettingsAction = actionFor(saveRegistrationSettings, {
  async after() {
    updateTag(PUBLIC_TAG);
    await refreshAndMail();
  },
});
export const anonymizeEditionAction = actionFor(anonymizeEdition, { after: refreshAdmin });
export const confirmNomineesAction = actionFor(confirmNominees, { after: refreshAndMail });
export const confirmNomineesByLinkAction = principalActionFor(confirmNominees, { principal: linkHolderFromPost, after: refreshAndMail });

export const updateOwnRegistrationAction = principalActionFor(updateOwnRegistration, { principal: registrationHolderFromPost, after: refreshAndMail });
export const cancelOwnRegistrationAction = principalActionFor(cancelOwnRegistration, { principal: registrationHolderFromPost, after: refreshAndMail });
export const eraseOwnRegistrationAction = principalActionFor(eraseOwnRegistration, { principal: registrationHolderFromPost, after: refreshAndMail });

export const issueVisaLetterAction = actionFor(issueVisaLetter, { after: refreshAdmin });
export const badgeCategoryAction = actionFor(setBadgeCategory, { after: refreshAdmin });
