// Server actions are thin: authenticate, turn the post into an object (safely), call the
// use case — which validates, loads, authorizes against the record and writes in one
// transaction — then refresh caches or redirect. Failures come back as data the form can
// show: a translated reason, field errors, and what was typed. No exception message ever
// reaches the browser.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getActor } from "@/lib/auth";
import type { Actor, Principal } from "@/lib/access/policy";
import { isAppError, type FieldErrors } from "@/lib/errors";
import { formToObject, UnsafeFormError } from "@/lib/form-data";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import type { UseCase } from "@/lib/use-case";

export type ActionResult<T = unknown> =
  | { ok: true; data?: T }
  | { ok: false; reason: string; fieldErrors?: FieldErrors; values?: Record<string, unknown> };

export interface AfterSuccess<P extends Principal = Actor> {
  actor: P;
  /** The page's language, validated: only one of the six ever reaches a redirect. */
  locale: Locale;
  values: Record<string, unknown>;
}

/** What was typed, as a plain object the browser can receive again (no files, no prototypes). */
function typedBack(values: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(values, (_k, v: unknown) => (typeof v === "string" ? v.slice(0, 100_000) : v instanceof Blob ? undefined : v))) as Record<string, unknown>;
}

/** A server action for a use case, performed by the signed-in person. `after` runs only on success (cache tags, redirect). */
export function actionFor<T, R extends string>(useCase: UseCase<T, R>, opts: { after?: (data: T, ctx: AfterSuccess) => unknown } = {}) {
  return principalActionFor(useCase, { principal: () => getActor(), after: opts.after as ((data: T, ctx: AfterSuccess<Principal>) => unknown) | undefined });
}

/**
 * A server action whose principal is found from the post itself (an invitation's secret
 * link): `principal` gets the parsed values and returns null for an unknown, revoked or
 * expired token — the post is then refused without a word about why.
 */
export function principalActionFor<T, R extends string, P extends Principal>(
  useCase: UseCase<T, R>,
  opts: { principal: (values: Record<string, unknown>) => Promise<P | null>; after?: (data: T, ctx: AfterSuccess<P>) => unknown },
) {
  return async (_prev: unknown, raw: FormData | Record<string, unknown>): Promise<ActionResult<T>> => {
    try {
      let values: Record<string, unknown>;
      try {
        values = formToObject(raw);
      } catch (e) {
        if (e instanceof UnsafeFormError) return { ok: false, reason: "INVALID_INPUT" };
        throw e;
      }
      if (!values || typeof values !== "object" || Array.isArray(values)) return { ok: false, reason: "INVALID_INPUT" };
      const actor = await opts.principal(values);
      if (!actor) return { ok: false, reason: "UNAUTHENTICATED" };
      const result = await useCase({ actor, input: values });
      if (!result.ok) return { ...result, values: typedBack(values) };
      const locale = isLocale(values.locale) ? values.locale : DEFAULT_LOCALE;
      await opts.after?.(result.data, { actor, locale, values });
      return { ok: true, data: result.data };
    } catch (e) {
      unstable_rethrow(e); // redirect(), notFound() and the like are not failures
      if (isAppError(e)) return { ok: false, reason: e.code };
      console.error(`[action] ${useCase.useCaseName}: unexpected failure:`, e);
      return { ok: false, reason: "INTERNAL" };
    }
  };
}
