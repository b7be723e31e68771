// `npm run lighthouse`: Lighthouse (mobile defaults: a mid-range phone on a slow 4G link,
// simulated) on every public page type in English and Arabic, against the production build
// with the machine's Chromium; prints the four category scores of each page and exits 1 when
// one is below issue 12's 0.95. LIGHTHOUSE_ONLY=release narrows the pages by name.
import { writeFileSync } from "node:fs";
import { findChromium } from "./lib/chromium";
import { startBareNext } from "./lib/first-load-js";
import { publicPages, startProdServer } from "./lib/prod-server";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3210);
const TARGET = 0.95;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

async function main() {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import("lighthouse"), import("chrome-launcher")]);
  const server = await startProdServer({ port: PORT, database: "plenary_lighthouse" });
  const only = process.env.LIGHTHOUSE_ONLY;
  const pages = publicPages().filter((p) => p.html && (!only || p.name.includes(only)));
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  let failed = 0;
  const failures: string[] = [];
  try {
    for (const p of pages) await fetch(server.origin + p.path); // cached, as readers find them
    console.log(`\nLighthouse, mobile defaults, ${pages.length} pages (issue 12: each ≥ ${TARGET})\n`);
    console.log(`${"page".padEnd(20)} ${CATEGORIES.map((c) => c.padStart(15)).join("")}`);
    for (const p of pages) {
      const result = await lighthouse(server.origin + p.path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`no Lighthouse result for ${p.path}`);
      if (process.env.LIGHTHOUSE_JSON) writeFileSync(`${process.env.LIGHTHOUSE_JSON}/${p.name.replace(/\W+/g, "-")}.json`, JSON.stringify(lhr));
      const scores = CATEGORIES.map((c) => lhr.categories[c]?.score ?? 0);
      console.log(`${p.name.padEnd(20)} ${scores.map((s) => `${s.toFixed(2)}${s < TARGET ? " ✗" : "  "}`.padStart(15)).join("")}`);
      for (const [i, c] of CATEGORIES.entries()) {
        if (scores[i] >= TARGET) continue;
        failed++;
        // What cost the points: the failing audits of that category.
        const refs = lhr.categories[c]?.auditRefs ?? [];
        const lost = refs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 0.9).map((r) => `${r.id} ${lhr.audits[r.id]?.displayValue ?? lhr.audits[r.id]?.score}`);
        failures.push(`${p.name} ${c}: ${lost.join("; ")}`);
      }
    }
    // The floor: a bare Next.js App Router page ("Hello"), built with the same Next.js, on this machine.
    const bare = await startBareNext(PORT + 1);
    try {
      const r = await lighthouse(`${bare.origin}/`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
      console.log(`\nA bare Next.js App Router page on this machine: performance ${(r?.lhr.categories.performance?.score ?? 0).toFixed(2)}`);
    } finally {
      await bare.stop();
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  if (failures.length) console.log(`\nBelow ${TARGET}:\n${failures.map((f) => `  ${f}`).join("\n")}`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
