// A fresh, migrated database for one test run, on the server in DATABASE_URL.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { prisma } from "./proc";

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createFreshDatabase(baseUrl: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: withDatabase(baseUrl, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = withDatabase(baseUrl, name);
  await prisma(["migrate", "deploy"], { ...process.env, DATABASE_URL: url });
  return {
    url,
    drop: async () => {
      if (process.env.KEEP_TEST_DB) return;
      const c = new pg.Client({ connectionString: withDatabase(baseUrl, "postgres") });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
