"use server";
// Sign-in and sign-out. next-auth throws a redirect on success; a refused sign-in comes
// back as an AuthError, which becomes a translated reason.
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { allowSignInAttempt } from "@/lib/rate-limit";
import { z } from "zod";
import { credentialsInput, signIn, signOut } from "@/lib/auth";
import type { ActionResult } from "@/lib/actions";
import { fieldErrorsOf, formToObject, UnsafeFormError } from "@/lib/form-data";
import { isLocale } from "@/lib/i18n/config";

const passwordSchema = credentialsInput.extend({
  locale: z.string().refine(isLocale),
  callbackUrl: z.string().max(500).optional(),
});
const emailSchema = passwordSchema.pick({ email: true, locale: true, callbackUrl: true });

export type SignInState = ActionResult | null;

/**
 * The post as a prototype-free object, like every other action's (lib/actions.ts): a
 * repeated name becomes an array, which the schema refuses, and whatever else a client
 * sends in place of a form (a string, null, a list of pairs) is refused by the schema too.
 */
function signInForm<S extends z.ZodType>(schema: S, form: unknown) {
  try {
    return schema.safeParse(form instanceof FormData ? formToObject(form) : form);
  } catch (e) {
    if (e instanceof UnsafeFormError) return null;
    throw e;
  }
}

/** Only same-site paths under the locale: no open redirects. */
function safeTarget(locale: string, callbackUrl?: string): string {
  if (callbackUrl && /^\/(en|ar|zh|fr|ru|es)(\/[\w\-./]*)?(\?[\w\-=&%.]*)?$/.test(callbackUrl) && !callbackUrl.includes("//")) return callbackUrl;
  return `/${locale}/home`;
}

export async function signInWithPassword(_prev: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInForm(passwordSchema, form);
  if (!parsed) return { ok: false, reason: "INVALID_INPUT" };
  if (!parsed.success) return { ok: false, reason: "INVALID_INPUT", fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, password, locale, callbackUrl } = parsed.data;
  if (!(await allowSignInAttempt("signInPassword", email, await headers()))) return { ok: false, reason: "RATE_LIMITED" };
  try {
    await signIn("credentials", { email, password, redirectTo: safeTarget(locale, callbackUrl) });
  } catch (e) {
    if (e instanceof AuthError) return { ok: false, reason: "BAD_CREDENTIALS" };
    throw e; // the redirect
  }
  return null;
}

export async function signInWithEmail(_prev: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInForm(emailSchema, form);
  if (!parsed) return { ok: false, reason: "INVALID_INPUT" };
  if (!parsed.success) return { ok: false, reason: "INVALID_INPUT", fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, locale, callbackUrl } = parsed.data;
  if (!(await allowSignInAttempt("signInEmail", email, await headers()))) return { ok: false, reason: "RATE_LIMITED" };
  try {
    await signIn("email", { email, redirectTo: safeTarget(locale, callbackUrl), redirect: false });
  } catch (e) {
    if (e instanceof AuthError) return { ok: false, reason: "EMAIL_FAILED" };
    throw e;
  }
  redirect(`/${locale}/sign-in/check-email`);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
