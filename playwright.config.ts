import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
const baseURL = `http://localhost:${PORT}`;

if (!process.env.E2E_DATABASE_URL) {
  throw new Error("E2E_DATABASE_URL is not set: run the end-to-end tests with `npm test -- e2e`, which creates a fresh database.");
}

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  // Two minutes: an axe run over a long organizer page takes up to 20 s on a busy 2-core
  // machine, and several tests check several pages.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  globalSetup: "./e2e/support/global-setup.ts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", testMatch: /.*\.spec\.ts/, dependencies: ["setup"] },
  ],
  webServer: {
    command: "node_modules/.bin/tsx --require ./scripts/lib/server-only-shim.cjs scripts/start.ts",
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      PORT: String(PORT),
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      MAIL_FROM: "Plenary <plenary@example.org>",
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
      AUTH_URL: baseURL,
      AUTH_TRUST_HOST: "true",
      // The end-to-end run uses the demo data and accounts on its own fresh database.
      PLENARY_DEMO: "on",
      // Every test signs in from 127.0.0.1: one address for a whole suite.
      PLENARY_ADDRESS_LIMIT_FACTOR: "50",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
