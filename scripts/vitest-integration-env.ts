import { inject } from "vitest";

// Before any test module loads lib/db: point it at this run's fresh database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.PLENARY_JOBS = "off";
// Sign-in links in the outbox are sealed with a key derived from it.
process.env.AUTH_SECRET ??= "integration-secret-integration-secret-0123";
process.env.AUTH_URL ??= "http://localhost:3999";
process.env.PLENARY_PASSWORD_SIGNIN ??= "on";
