// The browser for end-to-end tests: Playwright's own where installed, else Debian's.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, safe(() => chromium.executablePath()), "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const c of candidates) if (c && existsSync(c)) return c;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one: `apt-get install chromium` (Debian/Ubuntu), " +
      "or `npx playwright install chromium` where downloads are allowed, or set CHROMIUM_PATH.",
  );
}

function safe(f: () => string): string | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
