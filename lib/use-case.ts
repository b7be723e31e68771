// The one shape of every write (STYLE.md): validate the input with zod, load and lock the
// record, authorize against that record, run in one transaction together with the audit
// entry and any outbox mail, and answer with a Result whose reason comes from the
// domain's closed union. Database refusals (unique, check, foreign key, serialization)
// become reasons here, in one place. Whoever calls a use case — a server action, a job,
// the seed, a test factory — gets the same checks.
import "server-only";
import type { z } from "zod";
import { db as defaultDb, type Db, type Tx } from "@/lib/db";
import { recordAudit, type AuditEntry } from "@/lib/audit/mutations";
import type { Principal } from "@/lib/access/policy";
import { dbRefusalOf, fail, type BaseReason, type DbRefusal, type Fail, type Result } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/form-data";

export interface UseCaseContext<I, Rec> {
  tx: Tx;
  actor: Principal;
  input: I;
  record: Rec;
  now: Date;
}

export interface UseCaseSpec<S extends z.ZodType, Rec, T, R extends string> {
  /** For logs: "editions.transition". */
  name: string;
  input: S;
  /**
   * May this actor attempt this use case at all (the role-level part of the policy)? Asked
   * first, before the input is even validated, so a refused actor learns nothing — not the
   * input's shape, not whether the record exists.
   */
  allows: (actor: Principal) => boolean;
  /** Loads (and, for a change, locks: SELECT … FOR UPDATE) what the use case acts on; null → NOT_FOUND. */
  load: (tx: Tx, input: z.output<S>, actor: Principal) => Promise<Rec | null>;
  /** The domain's policy, against the loaded record; false → FORBIDDEN, and nothing runs. */
  authorize: (actor: Principal, record: Rec, input: z.output<S>) => boolean;
  /** The change. A failed Result rolls back everything written so far. */
  run: (ctx: UseCaseContext<z.output<S>, Rec>) => Promise<Result<T, R>>;
  /** The audit entries of a success, written in the same transaction (null: nothing changed). */
  audit: (ctx: UseCaseContext<z.output<S>, Rec>, data: T) => AuditEntry | AuditEntry[] | null;
  /** Database refusals this domain names (by constraint); the rest get the shared reasons. */
  refusals?: (refusal: DbRefusal) => Fail<R> | undefined;
  /** Serializable use cases are retried on serialization failures. */
  isolation?: "Serializable" | "ReadCommitted";
  timeoutMs?: number;
}

export interface UseCaseCall {
  actor: Principal;
  /** Raw input (a form's fields, a job's payload); it is validated here, whatever the caller. */
  input: unknown;
  db?: Db;
  now?: Date;
}

export type UseCase<T, R extends string> = ((call: UseCaseCall) => Promise<Result<T, R | BaseReason>>) & { useCaseName: string };

class Rollback<R extends string> {
  constructor(readonly result: Fail<R>) {}
}

const MAX_ATTEMPTS = 5;

function sharedReason(refusal: DbRefusal): Fail<BaseReason> {
  switch (refusal.kind) {
    case "serialization":
    case "unique":
      return fail("CONFLICT");
    case "foreignKey":
      return fail("NOT_FOUND");
    case "check":
    case "notNull":
      return fail("INVALID_INPUT");
  }
}

export function defineUseCase<S extends z.ZodType, Rec, T, R extends string>(spec: UseCaseSpec<S, Rec, T, R>): UseCase<T, R> {
  const call = async ({ actor, input: raw, db = defaultDb, now = new Date() }: UseCaseCall): Promise<Result<T, R | BaseReason>> => {
    if (!spec.allows(actor)) return fail("FORBIDDEN");
    const parsed = spec.input.safeParse(raw);
    if (!parsed.success) return fail("INVALID_INPUT", fieldErrorsOf(parsed.error));
    const input = parsed.data as z.output<S>;
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.$transaction(
          async (tx) => {
            const record = await spec.load(tx, input, actor);
            if (record === null) throw new Rollback(fail("NOT_FOUND"));
            if (!spec.authorize(actor, record, input)) throw new Rollback(fail("FORBIDDEN"));
            const ctx: UseCaseContext<z.output<S>, Rec> = { tx, actor, input, record, now };
            const result = await spec.run(ctx);
            if (!result.ok) throw new Rollback(result);
            const entries = spec.audit(ctx, result.data);
            for (const entry of entries === null ? [] : Array.isArray(entries) ? entries : [entries]) await recordAudit(tx, { ...entry, actor });
            return result;
          },
          { isolationLevel: spec.isolation, timeout: spec.timeoutMs ?? 15_000, maxWait: 10_000 },
        );
      } catch (e) {
        if (e instanceof Rollback) return e.result as Fail<R | BaseReason>;
        const refusal = dbRefusalOf(e);
        if (!refusal) throw e; // unexpected: the caller logs it and shows INTERNAL
        if (refusal.kind === "serialization" && attempt < MAX_ATTEMPTS) {
          await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
          continue;
        }
        return spec.refusals?.(refusal) ?? sharedReason(refusal);
      }
    }
  };
  return Object.assign(call, { useCaseName: spec.name });
}

/** For use cases that create something at the top level: there is no record to load. */
export const nothingToLoad = async (): Promise<Record<string, never>> => ({});

/** Locks one row of `table` by id (SELECT … FOR UPDATE); false when it does not exist. */
export async function lockRow(tx: Tx, table: "Edition" | "Series" | "PressRelease" | "ProgrammeSession" | "OutboxMessage" | "Invitation" | "Registration", id: string): Promise<boolean> {
  // The table name comes from the closed list above, never from input.
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "${table}" WHERE id = $1 FOR UPDATE`, id);
  return rows.length > 0;
}
