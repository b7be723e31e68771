// `npm run bench:badges`: BENCH_BADGES (500) badges on print sheets (four A6 badges to an A4
// page) rendered as one PDF by headless Chromium (lib/pdf), names in English, Arabic and
// Chinese; prints the total time and the time per badge against the budget (500 in
// under 30 s on a 2-core machine), and checks the page count. A warm-up PDF is not counted.
import { performance } from "node:perf_hooks";
import { badgesPdf } from "@/lib/badges/pdf";
import { closePdfPool } from "@/lib/pdf";
import { pdfPageSizes } from "@/lib/pdf/pdf-text";
import type { BadgePerson } from "@/lib/badges/badge-html";

process.env.AUTH_SECRET ??= "bench-badges-secret-not-for-production-0123456789";
const COUNT = Number(process.env.BENCH_BADGES ?? 500);
const NAMES: [string, string, string][] = [
  ["Mariama", "Sow", "Senegal"], ["عمر", "فاروق", "مصر"], ["王", "小明", "中国"], ["Ayesha", "Khan", "Pakistan"], ["Иван", "Петров", "Российская Федерация"],
];
const CATEGORIES = ["DELEGATE", "SPEAKER", "PRESS", "ORGANIZER", "GUEST"];

function people(n: number): BadgePerson[] {
  return Array.from({ length: n }, (_, i) => {
    const [givenName, familyName, country] = NAMES[i % NAMES.length];
    return { id: `cbench${String(i).padStart(14, "0")}`, honorific: i % 3 === 0 ? "H.E." : null, givenName, familyName: `${familyName} ${i}`, country, category: CATEGORIES[i % CATEGORIES.length], organization: "Ministry of Foreign Affairs" };
  });
}

async function main() {
  const edition = "2nd International Seminar on Joint Response to Terrorism under the New Circumstances";
  await badgesPdf({ locale: "en", edition, people: people(4) }, "sheet"); // warm-up: Chromium and fonts
  const started = performance.now();
  const pdf = await badgesPdf({ locale: "en", edition, people: people(COUNT) }, "sheet");
  const ms = performance.now() - started;
  const pages = (await pdfPageSizes(pdf)).length;
  console.log(`badges   pages   total s   ms per badge   budget (30 s for 500)   PDF size`);
  console.log(`${String(COUNT).padStart(6)}   ${String(pages).padStart(5)}   ${(ms / 1000).toFixed(2).padStart(7)}   ${(ms / COUNT).toFixed(1).padStart(12)}   ${((ms / 1000 / 30) * (500 / COUNT)).toFixed(2)}× of budget   ${(pdf.length / 1024 / 1024).toFixed(1)} MB`);
  await closePdfPool();
  if (pages !== Math.ceil(COUNT / 4)) {
    console.error(`FAIL expected ${Math.ceil(COUNT / 4)} pages, got ${pages}`);
    process.exit(1);
  }
}

main().catch(async (e) => {
  console.error(e);
  await closePdfPool();
  process.exit(1);
});
