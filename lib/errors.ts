// Expected outcomes are data (a Result with a reason from a closed union per domain);
// unexpected failures throw an AppError with a code from BASE_REASONS. The browser sees a
// reason or a code and its translated message (reasons.<CODE>), never a stack or an
// exception's message.

/** Reasons every domain shares. Each domain adds its own in lib/<domain>/schema.ts. */
export const BASE_REASONS = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INVALID_INPUT", "RATE_LIMITED", "INTERNAL"] as const;
export type BaseReason = (typeof BASE_REASONS)[number];

/** A domain's closed reason list: the shared ones plus its own. */
export function reasons<const R extends readonly string[]>(own: R): readonly [...typeof BASE_REASONS, ...R] {
  return [...BASE_REASONS, ...own] as const;
}

export type ErrorCode = BaseReason;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "AppError";
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export type FieldErrors = Record<string, string[]>;
export type Ok<T> = { ok: true; data: T };
export type Fail<R extends string> = { ok: false; reason: R; fieldErrors?: FieldErrors };
/** The one result type of every write. */
export type Result<T, R extends string> = Ok<T> | Fail<R>;

export const ok = <T>(data: T): Ok<T> => ({ ok: true, data });
export const fail = <R extends string>(reason: R, fieldErrors?: FieldErrors): Fail<R> => (fieldErrors ? { ok: false, reason, fieldErrors } : { ok: false, reason });

interface DriverCause {
  constraint?: unknown;
  originalMessage?: string;
  originalCode?: string;
  kind?: string;
}
/** The driver's account of a failure: wrapped by Prisma (meta.driverAdapterError) or raised as is. */
function causeOf(e: unknown): DriverCause | undefined {
  const err = e as { name?: string; cause?: DriverCause; meta?: { driverAdapterError?: { cause?: DriverCause } } } | null;
  return err?.meta?.driverAdapterError?.cause ?? (err?.name === "DriverAdapterError" ? err.cause : undefined);
}

/** The Postgres constraint name behind a Prisma/driver error, if any. */
export function constraintOf(e: unknown): string | undefined {
  const cause = causeOf(e);
  const text = [cause?.originalMessage, e instanceof Error ? e.message : String(e)].filter(Boolean).join("\n");
  const m = /constraint "([^"]+)"/.exec(text);
  if (m) return m[1];
  return typeof cause?.constraint === "string" ? cause.constraint : undefined;
}

/** The SQLSTATE behind a driver error (23505 unique, 23514 check, 23503 foreign key, 40001 …). */
export function sqlStateOf(e: unknown): string | undefined {
  const cause = causeOf(e);
  if (cause?.originalCode) return cause.originalCode;
  const code = (e as { code?: unknown })?.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string })?.code === "P2002" || sqlStateOf(e) === "23505" || /unique constraint/i.test(String((e as Error)?.message));
}

/** Serialization failures and deadlocks: the transaction may simply be retried. */
export function isRetryableTxError(e: unknown): boolean {
  const cause = causeOf(e);
  return (
    (e as { code?: string })?.code === "P2034" ||
    sqlStateOf(e) === "40001" ||
    sqlStateOf(e) === "40P01" ||
    cause?.kind === "TransactionWriteConflict" ||
    /could not serialize|deadlock detected/i.test(String((e as Error)?.message))
  );
}

/** A database refusal in words a use case can map: which kind, and which constraint. */
export type DbRefusal = { kind: "unique" | "check" | "foreignKey" | "notNull" | "serialization"; constraint?: string };

export function dbRefusalOf(e: unknown): DbRefusal | undefined {
  const constraint = constraintOf(e);
  if (isRetryableTxError(e)) return { kind: "serialization" };
  if (isUniqueViolation(e)) return { kind: "unique", constraint };
  const state = sqlStateOf(e);
  const code = (e as { code?: string })?.code;
  if (state === "23514" || /check constraint/i.test(String((e as Error)?.message))) return { kind: "check", constraint };
  if (state === "23503" || code === "P2003") return { kind: "foreignKey", constraint };
  if (state === "23502" || code === "P2011") return { kind: "notNull", constraint };
  return undefined;
}
