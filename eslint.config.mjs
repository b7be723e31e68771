// Lint: Next's rules plus the layering of STYLE.md —
// app → lib/<domain> → components → lib infrastructure, never back; only data.ts,
// mutations.ts and infrastructure reach the database.
import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const DOMAINS = ["series", "editions", "countries", "invitations", "registrations", "checkin", "press", "audit", "accounts", "health"];
const domainPatterns = DOMAINS.map((d) => `@/lib/${d}/*`);

const config = [
  ...next,
  ...nextTs,
  { ignores: ["lib/generated/**", ".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    files: ["next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["@/lib/db", "@/lib/generated/*", "@prisma/*", "pg"], message: "app/ and components/ read and write through lib/<domain>/data.ts or mutations.ts." },
        ],
      }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["@/lib/db", "@/lib/generated/*", "@prisma/*", "pg"], message: "components/ has no database access." },
          { group: ["@/app/*", ...domainPatterns], message: "components/ holds UI without domain knowledge: it must not import app/ or lib/<domain>/." },
        ],
      }],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/**/data.ts", "lib/**/mutations.ts", "lib/*.ts", "lib/jobs/**", "lib/mail/outbox.ts", "lib/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["@/lib/db"], message: "Only data.ts, mutations.ts and infrastructure import lib/db." },
          { group: ["@/app/*"], message: "lib/ never imports app/." },
        ],
      }],
    },
  },
];

export default config;
