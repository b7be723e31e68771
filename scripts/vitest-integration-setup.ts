// Integration tests: a fresh migrated database per run, on DATABASE_URL's server, or on
// an embedded PostgreSQL when DATABASE_URL is unset.
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "./lib/embedded-pg";
import { createFreshDatabase } from "./lib/test-db";
import { ROOT } from "./lib/proc";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let stopEmbedded: (() => Promise<void>) | undefined;
  let base = process.env.DATABASE_URL;
  if (!base) {
    const e = await startEmbeddedPostgres({ dir: path.join(ROOT, ".data/test-pg"), port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54331), database: "postgres", log: console.log });
    base = e.url;
    stopEmbedded = e.stop;
  }
  const fresh = await createFreshDatabase(base, "plenary_it");
  project.provide("databaseUrl", fresh.url);
  return async () => {
    await fresh.drop();
    await stopEmbedded?.();
  };
}
