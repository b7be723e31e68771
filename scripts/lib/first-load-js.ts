// First-load JavaScript of a page: the script files its HTML loads, each gzipped as a server
// would send it, summed — what a reader on a slow connection downloads before the page works
// (inline data such as the RSC payload is counted apart). And a bare Next.js App Router page,
// built with the same Next.js and React, to hold the first against.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { BIN, ROOT, run } from "./proc";

export type JsWeight = { files: number; gzipBytes: number; inlineBytes: number };

export async function firstLoadJs(origin: string, pathname: string): Promise<JsWeight> {
  const html = await (await fetch(origin + pathname)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")))];
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(m[1]).length, 0);
  let gzipBytes = 0;
  for (const src of srcs) gzipBytes += gzipSync(Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer())).length;
  return { files: srcs.length, gzipBytes, inlineBytes: inline };
}

// Outside the repository (else Next would take this project's proxy.ts for the bare page's own),
// with this project's node_modules linked in: the same Next.js, React and bundler.
const BARE = path.join(tmpdir(), "plenary-bare-next");

/** Builds and starts a bare App Router page ("Hello") with this project's Next.js; stop() ends it. */
export async function startBareNext(port: number): Promise<{ origin: string; stop: () => Promise<void> }> {
  rmSync(BARE, { recursive: true, force: true });
  mkdirSync(path.join(BARE, "app"), { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(BARE, "node_modules"));
  writeFileSync(path.join(BARE, "package.json"), JSON.stringify({ name: "bare-next", private: true }));
  writeFileSync(path.join(BARE, "next.config.js"), "module.exports = { turbopack: { root: \"/\" } };\n");
  writeFileSync(path.join(BARE, "app", "layout.tsx"), 'export default function Layout({ children }: { children: React.ReactNode }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n');
  writeFileSync(path.join(BARE, "app", "page.tsx"), "export default function Page() {\n  return <p>Hello</p>;\n}\n");
  writeFileSync(path.join(BARE, "tsconfig.json"), JSON.stringify({ compilerOptions: { jsx: "preserve", strict: true, moduleResolution: "bundler", module: "esnext", target: "ES2022", lib: ["dom", "esnext"], skipLibCheck: true, noEmit: true, esModuleInterop: true, isolatedModules: true, allowJs: true, incremental: false, plugins: [{ name: "next" }] }, include: ["**/*.ts", "**/*.tsx"] }));
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if ((await run(BIN("next"), ["build", BARE], { env, stdio: "ignore" })) !== 0) throw new Error(`the bare Next.js page did not build (try: npx next build ${BARE})`);
  const child: ChildProcess = spawn(BIN("next"), ["start", BARE, "-p", String(port)], { env, stdio: "ignore" });
  const origin = `http://localhost:${port}`;
  for (let i = 0; ; i++) {
    if (i > 120) throw new Error("the bare Next.js page did not start");
    if ((await fetch(origin).catch(() => null))?.ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    origin,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}
