// `npm run user:create -- --role ORGANIZER [--name "Wang Lin"] [--country CN] [--locale en] someone@example.org`
// Creates the account (or changes its role) and prints a one-time sign-in link, valid for
// an hour. This is how the first organizer gets in outside demo mode: no page can do it.
import path from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres, type EmbeddedDb } from "./lib/embedded-pg";
import { ROOT } from "./lib/proc";

const usage = 'usage: npm run user:create -- --role ORGANIZER|REVIEWER|PRESS_OFFICER|FOCAL_POINT|DELEGATE|CHECKIN [--name "Name"] [--country CN] [--locale en] email';

async function main() {
  const { values, positionals } = parseArgs({
    options: { role: { type: "string" }, name: { type: "string" }, country: { type: "string" }, locale: { type: "string" }, minutes: { type: "string" } },
    allowPositionals: true,
  });
  if (positionals.length !== 1 || !values.role) {
    console.error(usage);
    process.exit(2);
  }
  if (!process.env.AUTH_SECRET) {
    const file = path.join(ROOT, ".data", "auth-secret");
    if (existsSync(file)) process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
  }
  let embedded: EmbeddedDb | undefined;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({ dir: process.env.EMBEDDED_PG_DIR ?? path.join(ROOT, ".data", "pg"), port: Number(process.env.EMBEDDED_PG_PORT ?? 54329), database: "plenary", log: () => {} });
    process.env.DATABASE_URL = embedded.url;
    process.env.AUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;
  }
  try {
    const { SYSTEM_ACTOR } = await import("../lib/access/policy");
    const { createUser, issueSignInLink } = await import("../lib/accounts/mutations");
    const [email] = positionals;
    const user = await createUser({ actor: SYSTEM_ACTOR, input: { email, role: values.role, name: values.name, countryCode: values.country } });
    if (!user.ok) throw new Error(`${user.reason}${user.fieldErrors ? ` ${JSON.stringify(user.fieldErrors)}` : ""}`);
    const link = await issueSignInLink({ actor: SYSTEM_ACTOR, input: { email, locale: values.locale ?? "en", minutes: values.minutes ? Number(values.minutes) : undefined } });
    if (!link.ok) throw new Error(link.reason);
    console.log(`${user.data.created ? "created" : "updated"} ${user.data.email} (${user.data.role})`);
    console.log(`one-time sign-in link, valid until ${link.data.expires.toISOString()}:`);
    console.log(link.data.url);
  } catch (e) {
    console.error(`[user:create] ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  } finally {
    const { getDb } = await import("../lib/db");
    await getDb().$disconnect().catch(() => {});
    await embedded?.stop();
  }
  process.exit(process.exitCode ?? 0);
}

void main();
