// pg-boss 10 is CommonJS with `export =`; one import site keeps the interop in one place.
import PgBossModule from "pg-boss";

export const PgBoss = PgBossModule;
export type PgBoss = PgBossModule;
