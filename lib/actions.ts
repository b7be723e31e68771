// The one wrapper for server actions: authenticate, authorize, validate, run, and turn
// failures into data the form can show (a translated reason, field errors). No exception
// message ever reaches the browser.
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/auth";
import { can, type Actor, type Permission } from "@/lib/access/policy";
import { isAppError } from "@/lib/errors";

export type ActionResult<T = unknown> =
  | { ok: true; data?: T }
  | { ok: false; reason: string; fieldErrors?: Record<string, string[]>; values?: Record<string, unknown> };

/** FormData to a plain object; dotted names nest ("name.en" → { name: { en } }). */
export function formToObject(input: FormData | Record<string, unknown>): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const [k, v] of input.entries()) {
    if (k.startsWith("$ACTION")) continue;
    const path = k.split(".");
    let node = out;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    const leaf = path[path.length - 1];
    node[leaf] = leaf in node ? ([] as unknown[]).concat(node[leaf], v) : v;
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
  return async (_prev: unknown, raw: FormData | Record<string, unknown>): Promise<ActionResult<T>> => {
    const actor = await getActor();
    if (!actor) return { ok: false, reason: "UNAUTHENTICATED" };
    if (!can(actor, opts.permission)) return { ok: false, reason: "FORBIDDEN" };
    const values = formToObject(raw);
    const parsed = opts.schema.safeParse(values);
    // A failed form comes back with what was typed, so nothing has to be entered again.
    if (!parsed.success) return { ok: false, reason: "INVALID_INPUT", fieldErrors: fieldErrorsOf(parsed.error), values };
    try {
      const result = await opts.run({ actor, input: parsed.data });
      return result.ok ? result : { ...result, values };
    } catch (e) {
      unstable_rethrow(e); // redirect(), notFound() and the like are not failures
      if (isAppError(e)) return { ok: false, reason: e.code };
      console.error("[action] unexpected failure:", e);
      return { ok: false, reason: "INTERNAL" };
    }
  };
}
