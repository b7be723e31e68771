// The migrations folder is the single source of the database's shape: a database built by
// applying it must match, object for object, a database built straight from schema.prisma.
// What the migrations add on top (CHECK constraints, partial unique indexes, triggers) is
// allowed only in that direction and only of those kinds.
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabase } from "../scripts/lib/test-db";

const ROOT = path.resolve(__dirname, "..");
const migratedUrl = process.env.DATABASE_URL!;

async function catalog(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const q = async (sql: string) => (await c.query(sql)).rows.map((r) => Object.values(r).join(" | "));
    return {
      columns: await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, coalesce(column_default, '') FROM information_schema.columns
                        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`),
      indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`),
      foreignKeys: await q(`SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
                            WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY 1, 2`),
      enums: await q(`SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
                      JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' GROUP BY 1 ORDER BY 1`),
      checks: await q(`SELECT conrelid::regclass::text, conname FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace ORDER BY 1, 2`),
      // Unique constraints checked at commit (Prisma cannot declare them): the waiting list's positions.
      deferrableUniques: await q(`SELECT conname FROM pg_constraint WHERE contype = 'u' AND condeferrable AND connamespace = 'public'::regnamespace ORDER BY 1`),
    };
  } finally {
    await c.end();
  }
}

describe("migrations and schema.prisma", () => {
  const fromSchemaDb = `plenary_schema_${Date.now().toString(36)}`;
  let fromSchemaUrl: string;

  beforeAll(async () => {
    const script = execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
      cwd: ROOT, env: { ...process.env, DATABASE_URL: migratedUrl }, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"],
    });
    const admin = new pg.Client({ connectionString: withDatabase(migratedUrl, "postgres") });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${fromSchemaDb}"`);
    await admin.end();
    fromSchemaUrl = withDatabase(migratedUrl, fromSchemaDb);
    const c = new pg.Client({ connectionString: fromSchemaUrl });
    await c.connect();
    await c.query(script);
    await c.end();
  });

  afterAll(async () => {
    const admin = new pg.Client({ connectionString: withDatabase(migratedUrl, "postgres") });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${fromSchemaDb}" WITH (FORCE)`);
    await admin.end();
  });

  it("gives the same tables, columns, enums and foreign keys", async () => {
    const [migrated, fromSchema] = await Promise.all([catalog(migratedUrl), catalog(fromSchemaUrl)]);
    expect(migrated.columns.length).toBeGreaterThan(100);
    expect(migrated.columns).toEqual(fromSchema.columns);
    expect(migrated.enums).toEqual(fromSchema.enums);
    expect(migrated.foreignKeys).toEqual(fromSchema.foreignKeys);
  });

  it("has every index of schema.prisma, and adds only partial unique indexes and deferred unique constraints", async () => {
    const [migrated, fromSchema] = await Promise.all([catalog(migratedUrl), catalog(fromSchemaUrl)]);
    for (const idx of fromSchema.indexes) expect(migrated.indexes).toContain(idx);
    const extra = migrated.indexes.filter((i) => !fromSchema.indexes.includes(i));
    expect(extra.length).toBeGreaterThan(0);
    expect(migrated.deferrableUniques).toEqual(["Registration_waitlist_position_unique"]);
    for (const idx of extra) {
      if (migrated.deferrableUniques.some((name) => idx.includes(` | ${name} | `))) continue;
      expect(idx).toMatch(/CREATE UNIQUE INDEX .* WHERE /);
    }
  });

  it("adds the CHECK constraints that schema.prisma documents", async () => {
    const migrated = await catalog(migratedUrl);
    expect(migrated.checks).toEqual(expect.arrayContaining(["\"Edition\" | Edition_dates_ordered", "\"Invitation\" | Invitation_quota_range", "\"Registration\" | Registration_email_lower"]));
  });
});
