// Unexpected failures carry a code from a closed union; the browser sees the code and a
// translated message (errors.<CODE>), never a stack or an exception's message.
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_INPUT",
  "INVALID_TRANSITION",
  "RATE_LIMITED",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

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

/** Expected outcomes are data. `reason` is a translation key under `reasons.`. */
export type Result<T = undefined> =
  | ({ ok: true } & (T extends undefined ? { data?: undefined } : { data: T }))
  | { ok: false; reason: string; fieldErrors?: Record<string, string[]> };

/** The Postgres constraint name behind a Prisma/driver error, if any. */
export function constraintOf(e: unknown): string | undefined {
  const err = e as { meta?: { driverAdapterError?: { cause?: { constraint?: unknown; originalMessage?: string } } } };
  const cause = err?.meta?.driverAdapterError?.cause;
  const text = [cause?.originalMessage, e instanceof Error ? e.message : String(e)].filter(Boolean).join("\n");
  const m = /constraint "([^"]+)"/.exec(text);
  if (m) return m[1];
  return typeof cause?.constraint === "string" ? cause.constraint : undefined;
}

export function isUniqueViolation(e: unknown): boolean {
  return (e as { code?: string })?.code === "P2002" || /unique constraint/i.test(String((e as Error)?.message));
}

/** Serialization failures and deadlocks: the transaction may simply be retried. */
export function isRetryableTxError(e: unknown): boolean {
  const err = e as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } } };
  const cause = err?.meta?.driverAdapterError?.cause;
  return (
    err?.code === "P2034" ||
    cause?.originalCode === "40001" ||
    cause?.originalCode === "40P01" ||
    cause?.kind === "TransactionWriteConflict" ||
    /could not serialize|deadlock detected/i.test(String((e as Error)?.message))
  );
}
