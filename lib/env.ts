// The validated environment. Read once; a bad value fails fast with the variable's name.
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  AUTH_SECRET: z.string().min(16).optional(),
  AUTH_URL: z.string().url().optional(),
  AUTH_TRUST_HOST: z.enum(["true", "false", "1", "0"]).optional(),
  PLENARY_PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Plenary <no-reply@plenary.local>"),
  PLENARY_JOBS: z.enum(["on", "off"]).default("on"),
  /** Demo mode: demo data and accounts, password sign-in, links in the log. `npm start` turns it on for the embedded database. */
  PLENARY_DEMO: z.enum(["on", "off"]).default("off"),
  /** Password sign-in; by default only in demo mode. */
  PLENARY_PASSWORD_SIGNIN: z.enum(["on", "off"]).optional(),
  /** Multiplies the per-address limits: many people behind one address (a ministry's proxy, a test run). */
  PLENARY_ADDRESS_LIMIT_FACTOR: z.coerce.number().int().min(1).max(1000).default(1),
  PLENARY_DB_POOL: z.coerce.number().int().min(1).max(200).default(10),
  /** The role the application works as ("" when DATABASE_URL already logs in as such a role). */
  PLENARY_DB_ROLE: z.string().regex(/^[a-z_][a-z0-9_]*$|^$/).default("plenary_app"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
    throw new Error(`Invalid environment variables: ${names}`);
  }
  cached = parsed.data;
  return cached;
}

export function publicUrl(): string {
  const { PLENARY_PUBLIC_URL } = env();
  return (PLENARY_PUBLIC_URL ?? env().AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

export function isDemo(): boolean {
  return env().PLENARY_DEMO === "on";
}

export function passwordSignInEnabled(): boolean {
  const setting = env().PLENARY_PASSWORD_SIGNIN;
  return setting ? setting === "on" : isDemo();
}
