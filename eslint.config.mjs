// Lint: Next's rules plus the layering of STYLE.md —
// app → lib/<domain> → components → lib infrastructure, never back; only data.ts,
// mutations.ts and infrastructure reach the database. scripts/lint-rules.test.ts proves the layering rules.
import { readdirSync } from "node:fs";
import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The infrastructure folders of lib/: the one hand-written list of the layering. Together with the
// top-level files lib/*.ts they are infrastructure; every other folder of lib/ is a domain.
//   i18n, jobs, mail — shared services        generated — the Prisma client
//   access — the role/permission policy        pdf — PDFs from HTML (headless Chromium)
//   cache — the cache every instance shares (Next.js's cache handler, PostgreSQL or Redis)
//   audit — the audit writer, called by infrastructure (lib/use-case.ts → lib/audit/mutations)
const INFRA = ["i18n", "jobs", "mail", "generated", "access", "audit", "pdf", "cache"];

// Domains come from the folders, so a new domain is covered the day its folder appears.
const DOMAINS = readdirSync(new URL("./lib/", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !INFRA.includes(entry.name))
  .map((entry) => entry.name)
  .sort();

const SRC = "{ts,tsx,js,jsx,mjs,cjs}";
const TESTS = ["**/*.test.{ts,tsx}"];
const oneOf = (names) => (names.length > 0 ? `(${names.join("|")})` : "(?!)"); // (?!) never matches

// A relative specifier depends on where the file is. From a file `depth` folders below lib/
// (lib/x.ts: 0, lib/mail/x.ts: 1, lib/mail/components/x.tsx: 2) lib/<name> is "./<name>" at depth 0,
// else "../" × depth + "<name>", and the repository root is one "../" further. A glob cannot capture
// the depth, so each lib/ layer gets one config block per depth; MAX_DEPTH and deeper share the last.
const MAX_DEPTH = 3;
const DEPTHS = Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => depth);
const ups = (count, orMore) => `(\\.\\./){${count}${orMore ? "," : ""}}`;
const toLib = (depth) => (depth === 0 ? "\\./" : ups(depth, depth === MAX_DEPTH));
const toRoot = (depth) => ups(depth + 1, depth === MAX_DEPTH);
const filesAt = (folders, depth, file = `*.${SRC}`) =>
  depth === 0
    ? [`lib/${file}`]
    : folders.map((folder) => `lib/${folder}/${"*/".repeat(depth - 1)}${depth === MAX_DEPTH ? "**/" : ""}${file}`);

// One list of { regex, message } drives both rules: no-restricted-imports for `import`/`export … from`,
// and no-restricted-syntax for `import("…")` (a string, or a template literal without ${…}), which
// no-restricted-imports does not see. Each layer sets both rules in full: a later block replaces them.
const asSelectorRegex = (regex) => `/${regex.replaceAll("/", "\\/")}/i`;
const restrict = (restrictions) => ({
  "no-restricted-imports": ["error", { patterns: restrictions.map(({ regex, message }) => ({ regex, message })) }],
  "no-restricted-syntax": [
    "error",
    ...restrictions.map(({ regex, message }) => ({
      selector:
        `ImportExpression:matches([source.value=${asSelectorRegex(regex)}],` +
        ` [source.quasis.length=1][source.quasis.0.value.cooked=${asSelectorRegex(regex)}])`,
      message: `Dynamic import: ${message}`,
    })),
  ],
});

const database = (message) =>
  ["(^|/)lib/db([./]|$)", "(^|/)lib/generated(/|$)", "^@prisma/", "^pg(/|$)"].map((regex) => ({ regex, message }));
const domain = `(^|/)lib/${oneOf(DOMAINS)}(/|$)`; // @/lib/<domain>…, ../../lib/<domain>…
const NO_DATABASE_IN_APP = "app/ and components/ read and write through lib/<domain>/data.ts or mutations.ts.";
const NO_DATABASE_IN_UI = "components/ has no database access.";
const NO_DOMAIN_IN_UI = "components/ holds UI without domain knowledge: it must not import app/ or lib/<domain>/.";
const NO_DOMAIN_IN_INFRA =
  "Infrastructure (lib/*.ts, lib/<infrastructure>/) must not import lib/<domain>/: imports flow app → lib/<domain> → components → infrastructure.";
const NO_DATABASE_IN_DOMAIN = "Only data.ts, mutations.ts and infrastructure import lib/db.";
const NO_APP_IN_LIB = "lib/ never imports app/.";
const DATA_ACCESS = `{data,mutations}.${SRC}`;

const libLayers = DEPTHS.flatMap((depth) => {
  const noApp = { regex: `^(@/|${toRoot(depth)})app(/|$)`, message: NO_APP_IN_LIB };
  return [
    {
      name: `layering/lib-infrastructure (depth ${depth})`,
      files: filesAt(INFRA, depth),
      ignores: TESTS,
      rules: restrict([
        { regex: domain, message: NO_DOMAIN_IN_INFRA },
        { regex: `^${toLib(depth)}${oneOf(DOMAINS)}(/|$)`, message: NO_DOMAIN_IN_INFRA },
        noApp,
      ]),
    },
    {
      name: `layering/lib-domain (depth ${depth})`,
      files: depth === 0 ? [] : filesAt(DOMAINS, depth),
      ignores: [...TESTS, `**/${DATA_ACCESS}`],
      rules: restrict([
        { regex: "(^|/)lib/db([./]|$)", message: NO_DATABASE_IN_DOMAIN },
        { regex: `^${toLib(depth)}db([./]|$)`, message: NO_DATABASE_IN_DOMAIN },
        noApp,
      ]),
    },
    {
      name: `layering/lib-domain-data-access (depth ${depth})`,
      files: depth === 0 ? [] : filesAt(DOMAINS, depth, DATA_ACCESS),
      rules: restrict([noApp]),
    },
  ].filter((layer) => layer.files.length > 0);
});

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
      // A policy's signature names what it may look at even when today's rule does not.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    name: "layering/app",
    files: [`app/**/*.${SRC}`],
    rules: restrict(database(NO_DATABASE_IN_APP)),
  },
  {
    name: "layering/components",
    files: [`components/**/*.${SRC}`],
    rules: restrict([
      ...database(NO_DATABASE_IN_UI),
      { regex: "^(@/|(\\.\\./)+)app(/|$)", message: NO_DOMAIN_IN_UI },
      { regex: domain, message: NO_DOMAIN_IN_UI },
    ]),
  },
  ...libLayers,
];

export default config;
