// Read-only look at the app's database, to prove that a refused request changed nothing.
import pg from "pg";

export async function queryOne<T>(sql: string, params: unknown[] = []): Promise<T> {
  const c = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows[0] as T;
  } finally {
    await c.end();
  }
}
