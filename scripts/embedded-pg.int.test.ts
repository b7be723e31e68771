// `npm start` as root from a folder other users cannot enter: a clear message, not a
// stack trace from a failed spawn.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { assertReachableAsPostgres, firstClosedFolder } from "./lib/embedded-pg";

const base = mkdtempSync("/tmp/plenary-private-"); // mode 700, like any `mktemp -d`
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("the embedded PostgreSQL in a private folder", () => {
  it("finds the folder other users cannot enter", () => {
    mkdirSync(path.join(base, "inner"), { recursive: true });
    expect(firstClosedFolder(path.join(base, "inner", "pg"))).toBe(base);
    expect(firstClosedFolder("/tmp")).toBeNull();
  });

  it("stops root with a message that says what to do, before spawning anything", () => {
    const check = () => assertReachableAsPostgres(path.join(base, "pg"), true);
    expect(check).toThrow(`cannot enter ${base}`);
    expect(check).toThrow(/chmod o\+x .*DATABASE_URL/);
    // Not root: PostgreSQL runs as the same user, nothing to check.
    expect(() => assertReachableAsPostgres(path.join(base, "pg"), false)).not.toThrow();
  });
});
