// The one wrapper for server actions: authenticate, authorize, validate, run, and turn
// failures into data the form can show (a translated reason, field errors). No exception
// message ever reaches the browser.
import { z } from "zod";
import { getActor } from "@/lib/auth";
import { can, type Actor, type Permission } from "@/lib/access/policy";
import { isAppError } from "@/lib/errors";

export type ActionResult<T = unknown> =
  | { ok: true; data?: T }
  | { ok: false; reason: string; fieldErrors?: Record<string, string[]> };

export function formToObject(input: FormData | Record<string, unknown>): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const [k, v] of input.entries()) {
    if (k.startsWith("$ACTION")) continue;
    if (k in out) out[k] = ([] as unknown[]).concat(out[k], v);
    else out[k] = v;
  }
  return out;
}

/** Field errors as translation keys (the zod issue's message is a key under `validation.`). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function defineAction<S extends z.ZodType, T>(opts: {
  permission: Permission;
  schema: S;
  run: (args: { actor: Actor; input: z.infer<S> }) => Promise<ActionResult<T>>;
}) {
  return async (_prev: ActionResult<T> | null, raw: FormData | Record<string, unknown>): Promise<ActionResult<T>> => {
    const actor = await getActor();
    if (!actor) return { ok: false, reason: "UNAUTHENTICATED" };
    if (!can(actor, opts.permission)) return { ok: false, reason: "FORBIDDEN" };
    const parsed = opts.schema.safeParse(formToObject(raw));
    if (!parsed.success) return { ok: false, reason: "INVALID_INPUT", fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return await opts.run({ actor, input: parsed.data });
    } catch (e) {
      if (isAppError(e)) return { ok: false, reason: e.code };
      console.error("[action] unexpected failure:", e);
      return { ok: false, reason: "INTERNAL" };
    }
  };
}
