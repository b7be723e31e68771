// Form posts to plain objects, safely. Every field name is written by a stranger: a name
// like "__proto__.x" or "constructor.prototype.x" must never reach Object.prototype, so
// the objects have no prototype and such segments are refused outright.
import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

const FORBIDDEN_SEGMENTS = new Set(["__proto__", "constructor", "prototype"]);
const MAX_FIELDS = 500;
const MAX_DEPTH = 4;

export class UnsafeFormError extends Error {
  constructor(readonly field: string) {
    super("unsafe form field name");
    this.name = "UnsafeFormError";
  }
}

type Node = Record<string, unknown>;
const blank = (): Node => Object.create(null) as Node;

/** A copy of an object posted as arguments (not a form), with the same refusals. */
function copyPlain(value: unknown, depth: number, counter: { n: number }): unknown {
  if (++counter.n > MAX_FIELDS * 4) throw new UnsafeFormError("(too many values)");
  if (Array.isArray(value)) return value.map((v) => copyPlain(v, depth + 1, counter));
  if (value === null || typeof value !== "object" || value instanceof Blob || value instanceof Date) return value;
  if (depth > MAX_DEPTH) throw new UnsafeFormError("(too deep)");
  const out = blank();
  for (const [k, v] of Object.entries(value)) {
    if (FORBIDDEN_SEGMENTS.has(k)) throw new UnsafeFormError(k);
    out[k] = copyPlain(v, depth + 1, counter);
  }
  return out;
}

/**
 * A post to a null-prototype object. FormData: dotted names nest ("name.en" → { name: { en } }).
 * An object posted as arguments is copied under the same rules.
 */
export function formToObject(input: FormData | Record<string, unknown>): Record<string, unknown> {
  if (!(input instanceof FormData)) {
    const copy = copyPlain(input, 0, { n: 0 });
    if (!copy || typeof copy !== "object" || Array.isArray(copy)) throw new UnsafeFormError("(not an object)");
    return copy as Record<string, unknown>;
  }
  const out = blank();
  let count = 0;
  for (const [k, v] of input.entries()) {
    if (k.startsWith("$ACTION")) continue;
    if (++count > MAX_FIELDS) throw new UnsafeFormError("(too many fields)");
    const path = k.split(".");
    if (path.length > MAX_DEPTH || path.some((p) => p === "" || FORBIDDEN_SEGMENTS.has(p))) throw new UnsafeFormError(k.slice(0, 100));
    let node = out;
    for (const part of path.slice(0, -1)) {
      const next = Object.hasOwn(node, part) ? node[part] : undefined;
      if (next !== undefined && (typeof next !== "object" || next === null || Array.isArray(next))) throw new UnsafeFormError(k.slice(0, 100));
      node = (next as Node | undefined) ?? (node[part] = blank());
    }
    const leaf = path[path.length - 1];
    node[leaf] = Object.hasOwn(node, leaf) ? ([] as unknown[]).concat(node[leaf], v) : v;
  }
  return out;
}

/** Field errors as translation keys (the zod issue's message is a key under `validation.`). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    // "This is too long" names the limit: the key carries it ("tooLong:200"), the form puts it in words.
    const message = issue.code === "too_big" && issue.message === "tooLong" ? `tooLong:${String(issue.maximum)}` : issue.message;
    (out[key] ??= []).push(message);
  }
  return out;
}
