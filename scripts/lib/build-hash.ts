// A content hash of everything `next build` reads, so `npm start` rebuilds exactly when
// the sources changed (a stale .next is never served).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./proc";

const INPUTS = ["app", "components", "lib", "prisma/schema.prisma", "next.config.js", "proxy.ts",
  "instrumentation.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "public"];
const SKIP = new Set(["node_modules", "generated", ".next"]);

function walk(p: string, out: string[]) {
  if (!existsSync(p)) return;
  const st = statSync(p);
  if (st.isFile()) return void out.push(p);
  for (const e of readdirSync(p)) if (!SKIP.has(e) && !e.endsWith(".test.ts")) walk(path.join(p, e), out);
}

export function sourceHash(): string {
  const files: string[] = [];
  for (const i of INPUTS) walk(path.join(ROOT, i), files);
  const h = createHash("sha256");
  for (const f of files.sort()) h.update(path.relative(ROOT, f)).update("\0").update(readFileSync(f));
  h.update(String(process.env.NEXT_PUBLIC_BASE_PATH ?? ""));
  return h.digest("hex");
}

export const HASH_FILE = path.join(ROOT, ".next", "plenary-source-hash");

export function buildIsCurrent(): boolean {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID")) || !existsSync(HASH_FILE)) return false;
  return readFileSync(HASH_FILE, "utf8").trim() === sourceHash();
}
