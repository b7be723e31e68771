// The layering rules of eslint.config.mjs, proven on virtual files: ESLint lints the snippet as if it
// lived at `filePath`, so no fixture is written and the real lib/ (being refactored) does not matter.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LAYERING_RULES = ["no-restricted-imports", "no-restricted-syntax"];

let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: "eslint.config.mjs" });
  await eslint.lintText("export {};\n", { filePath: "lib/warm-up.ts" }); // loads the config once
}, 60_000);

async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result.messages.filter((message) => message.fatal)).toEqual([]);
  return result;
}

type Case = { name: string; filePath: string; code: string };

const violations: (Case & { ruleId: string })[] = [
  {
    name: "app imports @/lib/db",
    filePath: "app/[locale]/x/page.tsx",
    code: 'import { db } from "@/lib/db";\n\nexport const value = db;\n',
    ruleId: "no-restricted-imports",
  },
  {
    name: "app imports lib/db by a relative path",
    filePath: "app/[locale]/x/page.tsx",
    code: 'import { db } from "../../../lib/db";\n\nexport const value = db;\n',
    ruleId: "no-restricted-imports",
  },
  {
    name: "app imports the generated client by a relative path",
    filePath: "app/[locale]/x/page.tsx",
    code: 'import { PrismaClient } from "../../../lib/generated/prisma/client";\n\nexport const value = PrismaClient;\n',
    ruleId: "no-restricted-imports",
  },
  {
    name: "app imports pg",
    filePath: "app/api/x/route.ts",
    code: 'import pg from "pg";\n\nexport const value = pg;\n',
    ruleId: "no-restricted-imports",
  },
  {
    name: "app imports lib/db dynamically",
    filePath: "app/[locale]/x/page.tsx",
    code: 'export async function load() {\n  const { db } = await import("@/lib/db");\n  return db;\n}\n',
    ruleId: "no-restricted-syntax",
  },
  {
    name: "app imports @prisma/client dynamically through a template literal",
    filePath: "app/[locale]/x/page.tsx",
    code: "export async function load() {\n  return import(`@prisma/client`);\n}\n",
    ruleId: "no-restricted-syntax",
  },
  {
    name: "components import @/lib/editions/data",
    filePath: "components/ui/x.tsx",
    code: 'import { listEditions } from "@/lib/editions/data";\n\nexport const value = listEditions;\n',
    ruleId: "no-restricted-imports",
  },
  {
    name: "components import a domain read from the folders (programme)",
    filePath: "components/ui/x.tsx",
    code: 'import { sessionInput } from "../../lib/programme/schema";\n\nexport const value = sessionInput;\n',
    ruleId: "no-restricted-imports",
  },
  {
    name: "components import app/",
    filePath: "components/ui/x.tsx",
    code: 'import Page from "@/app/[locale]/page";\n\nexport const value = Page;\n',
    ruleId: "no-restricted-imports",
  },
  {
    name: "components import lib/db",
    filePath: "components/ui/x.tsx",
    code: 'import { db } from "@/lib/db";\n\nexport const value = db;\n',
    ruleId: "no-restricted-imports",
  },
  {
    name: "infrastructure (lib/jobs) imports @/lib/press/mutations",
    filePath: "lib/jobs/x.ts",
    code: 'import { publishDueReleases } from "@/lib/press/mutations";\n\nexport const value = publishDueReleases;\n',
    ruleId: "no-restricted-imports",
  },
  {
    name: "infrastructure (lib/mail) imports ../press/mutations",
    filePath: "lib/mail/x.ts",
    code: 'import { publishDueReleases } from "../press/mutations";\n\nexport const value = publishDueReleases;\n',
    ruleId: "no-restricted-imports",
  },
  {
    name: "infrastructure two folders deep imports ../../editions/data",
    filePath: "lib/mail/components/x.tsx",
    code: 'import { listEditions } from "../../editions/data";\n\nexport const value = listEditions;\n',
    ruleId: "no-restricted-imports",
  },
  {
    name: "a top-level lib file imports ./editions/data",
    filePath: "lib/x.ts",
    code: 'import { listEditions } from "./editions/data";\n\nexport const value = listEditions;\n',
    ruleId: "no-restricted-imports",
  },
  {
    name: "infrastructure imports a domain dynamically",
    filePath: "lib/jobs/x.ts",
    code: 'export async function run() {\n  return import("@/lib/press/mutations");\n}\n',
    ruleId: "no-restricted-syntax",
  },
  {
    name: "a domain helper imports @/lib/db",
    filePath: "lib/editions/helper.ts",
    code: 'import { db } from "@/lib/db";\n\nexport const value = db;\n',
    ruleId: "no-restricted-imports",
  },
  {
    name: "a domain helper imports ../db",
    filePath: "lib/editions/helper.ts",
    code: 'import { db } from "../db";\n\nexport const value = db;\n',
    ruleId: "no-restricted-imports",
  },
  {
    name: "lib imports app/",
    filePath: "lib/editions/data.ts",
    code: 'import Page from "../../app/[locale]/page";\n\nexport const value = Page;\n',
    ruleId: "no-restricted-imports",
  },
];

const allowed: Case[] = [
  {
    name: "lib/editions/data.ts imports @/lib/db",
    filePath: "lib/editions/data.ts",
    code: 'import { db } from "@/lib/db";\n\nexport const value = db;\n',
  },
  {
    name: "lib/editions/mutations.ts imports ../db",
    filePath: "lib/editions/mutations.ts",
    code: 'import { db } from "../db";\n\nexport const value = db;\n',
  },
  {
    name: "app imports @/lib/editions/data",
    filePath: "app/[locale]/x/page.tsx",
    code: 'import { listEditions } from "@/lib/editions/data";\n\nexport const value = listEditions;\n',
  },
  {
    name: "lib/jobs/x.ts imports @/lib/mail/outbox",
    filePath: "lib/jobs/x.ts",
    code: 'import { deliverDueMail } from "@/lib/mail/outbox";\n\nexport const value = deliverDueMail;\n',
  },
  {
    name: "lib/use-case.ts imports the audit writer",
    filePath: "lib/use-case.ts",
    code: 'import { recordAudit } from "@/lib/audit/mutations";\n\nexport const value = recordAudit;\n',
  },
  {
    name: "lib/auth.ts imports lib/access and lib/db",
    filePath: "lib/auth.ts",
    code: 'import { can } from "@/lib/access/policy";\nimport { db } from "./db";\n\nexport const value = [can, db];\n',
  },
  {
    name: "a file in an infrastructure subfolder imports a sibling that shares a domain's name",
    filePath: "lib/mail/components/x.tsx",
    code: 'import { template } from "../press";\n\nexport const value = template;\n',
  },
  {
    name: "an infrastructure test imports a domain",
    filePath: "lib/jobs/x.test.ts",
    code: 'import { publishDueReleases } from "@/lib/press/mutations";\n\nexport const value = publishDueReleases;\n',
  },
  {
    name: "components import infrastructure",
    filePath: "components/ui/x.tsx",
    code: 'import { Link } from "@/lib/i18n/navigation";\n\nexport const value = Link;\n',
  },
];

describe("layering lint rules", () => {
  it.each(violations)("reports: $name", async ({ filePath, code, ruleId }) => {
    const result = await lint(filePath, code);
    expect(result.errorCount).toBeGreaterThanOrEqual(1);
    expect(result.messages.map((message) => message.ruleId)).toContain(ruleId);
  });

  it.each(allowed)("allows: $name", async ({ filePath, code }) => {
    const result = await lint(filePath, code);
    expect(result.messages.filter((message) => LAYERING_RULES.includes(message.ruleId ?? ""))).toEqual([]);
  });
});
