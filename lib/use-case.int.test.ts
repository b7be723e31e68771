// The use-case helper against a real PostgreSQL: each step of the one shape, and what it
// does with refusals, failures and races.
import { randomBytes } from "node:crypto";
import { makeGate } from "@/scripts/lib/gate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { fail, ok } from "@/lib/errors";
import type { Actor } from "@/lib/access/policy";
import { defineUseCase } from "./use-case";

const db = getDb();
let organizer: Actor;
let delegate: Actor;
const outlet = `uc-${randomBytes(4).toString("hex")}`;
let loads = 0;

let gate: (() => Promise<void>) | null = null;

beforeAll(async () => {
  const mk = async (role: "ORGANIZER" | "DELEGATE") => {
    const u = await db.user.create({ data: { email: `${role.toLowerCase()}.${randomBytes(3).toString("hex")}@example.org`, role } });
    return { id: u.id, email: u.email, name: null, role, countryCode: null } satisfies Actor;
  };
  organizer = await mk("ORGANIZER");
  delegate = await mk("DELEGATE");
});
afterAll(() => db.$disconnect());

/** Adds a journalist to the press list, at most `max` per outlet. */
function addContact(isolation: "Serializable" | "ReadCommitted") {
  return defineUseCase({
    name: "test.addContact",
    input: z.object({ email: z.string().email("email"), max: z.number().int().min(1), failAfterWrite: z.boolean().default(false) }),
    allows: (actor) => actor.role !== "DELEGATE",
    load: async (tx) => {
      loads++;
      return { count: await tx.pressContact.count({ where: { outlet } }) };
    },
    authorize: (actor) => actor.role === "ORGANIZER",
    isolation,
    refusals: (r) => (r.kind === "unique" && r.constraint === "PressContact_email_key" ? fail<"ALREADY_LISTED">("ALREADY_LISTED", { email: ["taken"] }) : undefined),
    async run({ tx, input, record }) {
      await gate?.();
      if (record.count >= input.max) return fail<"FULL">("FULL");
      const c = await tx.pressContact.create({ data: { email: input.email, outlet } });
      if (input.failAfterWrite) return fail<"FULL">("FULL");
      return ok({ id: c.id });
    },
    audit: (_ctx, c) => ({ action: "outbox.retry", entityType: "PressContact", entityId: c.id }),
  });
}
const serial = addContact("Serializable");
const email = () => `j.${randomBytes(4).toString("hex")}@wire.example`;
const contacts = () => db.pressContact.count({ where: { outlet } });

describe("defineUseCase", () => {
  it("refuses bad input with field errors before touching the database", async () => {
    const before = loads;
    const r = await serial({ actor: organizer, input: { email: "not an email", max: 10 } });
    expect(r).toEqual({ ok: false, reason: "INVALID_INPUT", fieldErrors: { email: ["email"] } });
    expect(loads).toBe(before);
  });

  it("refuses an actor who may not attempt it before reading anything, even their input", async () => {
    const before = loads;
    expect(await serial({ actor: delegate, input: { email: email(), max: 10 } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    // Bad input from someone who may not try at all: FORBIDDEN, not the schema's field errors.
    expect(await serial({ actor: delegate, input: { email: "not an email" } })).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(loads).toBe(before);
  });

  it("writes the change and its audit entry together", async () => {
    const r = await serial({ actor: organizer, input: { email: email(), max: 10 } });
    if (!r.ok) throw new Error(r.reason);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: r.data.id } });
    expect(audit).toMatchObject({ action: "outbox.retry", actorId: organizer.id, actorEmail: organizer.email });
  });

  it("rolls back everything when the use case refuses after writing", async () => {
    const before = await contacts();
    const audits = await db.auditLog.count();
    expect(await serial({ actor: organizer, input: { email: email(), max: 10, failAfterWrite: true } })).toEqual({ ok: false, reason: "FULL" });
    expect(await contacts()).toBe(before);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("turns a database refusal into the domain's reason", async () => {
    const taken = email();
    expect((await serial({ actor: organizer, input: { email: taken, max: 10 } })).ok).toBe(true);
    expect(await serial({ actor: organizer, input: { email: taken, max: 10 } })).toEqual({ ok: false, reason: "ALREADY_LISTED", fieldErrors: { email: ["taken"] } });
  });

  it("settles a race in the database: serializable use cases retry and never exceed the limit", async () => {
    const start = await contacts();
    const max = start + 3;
    const results = await Promise.all(Array.from({ length: 8 }, () => serial({ actor: organizer, input: { email: email(), max } })));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(Array(5).fill("FULL"));
    expect(await contacts()).toBe(max);
  });

  it("shows the race without serializable isolation (the control)", async () => {
    const loose = addContact("ReadCommitted");
    const max = (await contacts()) + 3;
    // Eight callers all read the count before any of them inserts.
    gate = makeGate(8);
    try {
      const results = await Promise.all(Array.from({ length: 8 }, () => loose({ actor: organizer, input: { email: email(), max } })));
      expect(results.filter((r) => r.ok).length).toBeGreaterThan(3);
      expect(await contacts()).toBeGreaterThan(max);
    } finally {
      gate = null;
    }
  });
});
