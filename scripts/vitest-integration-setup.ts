// Integration tests: a fresh migrated database per run, on DATABASE_URL's server, or on
// an embedded PostgreSQL when DATABASE_URL is unset.
import type { TestProject } from "vitest/node";
import { testServerUrl } from "./lib/embedded-pg";
import { createFreshDatabase } from "./lib/test-db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const { url: base, stop: stopEmbedded } = await testServerUrl();
  const fresh = await createFreshDatabase(base, "plenary_it");
  project.provide("databaseUrl", fresh.url);
  return async () => {
    await fresh.drop();
    await stopEmbedded?.();
  };
}
