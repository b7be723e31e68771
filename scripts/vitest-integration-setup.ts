// Integration tests: a fresh migrated database per run, on DATABASE_URL's server, or on
// an embedded PostgreSQL when DATABASE_URL is unset.
import type { TestProject } from "vitest/node";
import { startTestPostgres } from "./lib/embedded-pg";
import { createFreshDatabase } from "./lib/test-db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let stopEmbedded: (() => Promise<void>) | undefined;
  let base = process.env.DATABASE_URL;
  if (!base) {
    const e = await startTestPostgres();
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
