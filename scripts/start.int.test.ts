// Outside demo mode (a real DATABASE_URL): no demo accounts, and no start without the
// public address that every link is built from.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { runSeed } from "@/prisma/seed";

const ROOT = path.resolve(__dirname, "..");
afterAll(() => getDb().$disconnect());

describe("production mode", () => {
  it("seeds the countries and no demo account", async () => {
    const before = await getDb().user.count({ where: { email: { endsWith: "@plenary.test" } } });
    expect(await runSeed({ demo: false })).toEqual([]);
    expect(await getDb().user.count({ where: { email: { endsWith: "@plenary.test" } } })).toBe(before);
    expect(before).toBe(0);
    expect(await getDb().country.count()).toBe(195);
  });

  it("refuses to start without AUTH_URL, saying so", () => {
    const env = { ...process.env, PORT: "3987", PLENARY_DEMO: "", AUTH_URL: "", PLENARY_PUBLIC_URL: "" };
    for (const k of ["PLENARY_DEMO", "AUTH_URL", "PLENARY_PUBLIC_URL"] as const) delete env[k];
    const run = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["--require", "./scripts/lib/server-only-shim.cjs", "scripts/start.ts"], { cwd: ROOT, env, encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr + run.stdout).toContain("set AUTH_URL (or PLENARY_PUBLIC_URL) to the public address");
  });
});
