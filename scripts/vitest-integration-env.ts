import { inject } from "vitest";

// Before any test module loads lib/db: point it at this run's fresh database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.PLENARY_JOBS = "off";
