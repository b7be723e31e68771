// Prisma CLI configuration. The CLI runs migrations through its bundled Wasm schema
// engine over a driver adapter, so nothing is downloaded from Prisma's servers: the whole
// ORM installs from the npm registry alone (closed networks included).
import { defineConfig } from "prisma/config";
import { migrateAdapter, unrefLongTimers } from "./prisma/pg-migrate-adapter";

unrefLongTimers();

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true }, // Prisma 6.x gate for `engine: "js"`
  engine: "js",
  adapter: async () => migrateAdapter(),
  migrations: { seed: "tsx --require ./scripts/lib/server-only-shim.cjs prisma/seed.ts" },
});
