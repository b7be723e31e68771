import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// Fonts for PDF pages only (browsers never see these URLs). The @font-face rules are derived from
// the fontsource packages' own CSS, so their unicode-range subsets stay exact. Their src URLs and
// the stylesheet itself live under a fake origin that lib/pdf/index.ts fulfils from memory: the
// network is blocked, and `file://` URLs fail silently after setContent (the page is about:blank).
// One cached stylesheet rather than ~100 KB of rules inlined in every document.
//
// Why these fonts: Noto Sans covers Latin, Cyrillic and Greek (English, French, Spanish, Russian);
// Amiri covers Arabic and its text extracts correctly (Noto Sans Arabic renders well but copies and
// searches as broken text); Noto Sans SC covers Chinese, split by fontsource into ~100 numbered
// subsets, so Chromium fetches only the few that a document's characters fall into.

export const FONT_ORIGIN = "https://fonts.plenary.invalid";

// Our own family names, so no system font of the same name can stand in for a missing subset.
const LATIN = "Plenary Latin";
const ARABIC = "Plenary Arabic";
const CHINESE = "Plenary Chinese";

// Latin first: the Arabic and Chinese subsets lack Latin letters, digits and the space.
export const FONT_STACK = `"${LATIN}", "${ARABIC}", "${CHINESE}", sans-serif`;

type Source = {
  family: string;
  pkg: string;
  cssFiles: string[];
  // Which of the package's faces to keep, by woff2 file name.
  keep: (file: string) => boolean;
};

const SOURCES: Source[] = [
  { family: LATIN, pkg: "noto-sans", cssFiles: ["400.css", "400-italic.css", "700.css"], keep: () => true },
  { family: ARABIC, pkg: "amiri", cssFiles: ["arabic-400.css", "arabic-700.css"], keep: () => true },
  // Only the numbered (CJK) subsets: Latin, Cyrillic and Vietnamese come from Noto Sans.
  { family: CHINESE, pkg: "noto-sans-sc", cssFiles: ["400.css", "700.css"], keep: (file) => /^noto-sans-sc-\d+-/.test(file) },
];

// Font file names are letters, digits and dashes: nothing in a request URL can leave the folder.
const FILE_NAME = /^[a-z0-9-]+\.woff2$/;

type FontTable = { css: string; files: Map<string, string> }; // URL path → absolute file path

function fontsourceDir(pkg: string): string {
  // process.cwd() is the project root under `next start`/`next dev`, the worker and vitest alike;
  // require.resolve is rewritten by the bundler and the packages' exports hide their files.
  return path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "@fontsource", pkg);
}

function parseFontFaces(source: Source, cssText: string, files: Map<string, string>): string[] {
  const rules: string[] = [];
  for (const [, block] of cssText.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const style = /font-style:\s*(\w+)/.exec(block)?.[1] ?? "normal";
    const weight = /font-weight:\s*(\d+)/.exec(block)?.[1] ?? "400";
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !FILE_NAME.test(file) || !source.keep(file)) continue;
    const urlPath = `/${source.pkg}/${file}`;
    files.set(urlPath, path.join(fontsourceDir(source.pkg), "files", file));
    rules.push(
      `@font-face{font-family:"${source.family}";font-style:${style};font-weight:${weight};` +
        // block, not swap: a print must never be taken with a fallback font.
        `font-display:block;src:url(${FONT_ORIGIN}${urlPath}) format("woff2");` +
        (range ? `unicode-range:${range.trim()};` : "") +
        "}",
    );
  }
  return rules;
}

let table: Promise<FontTable> | undefined;

async function loadFontTable(): Promise<FontTable> {
  const files = new Map<string, string>();
  const rules: string[] = [];
  for (const source of SOURCES) {
    for (const cssFile of source.cssFiles) {
      const cssText = await readFile(/* turbopackIgnore: true */ path.join(fontsourceDir(source.pkg), cssFile), "utf8");
      const found = parseFontFaces(source, cssText, files);
      if (found.length === 0) throw new Error(`lib/pdf/fonts: no @font-face in @fontsource/${source.pkg}/${cssFile}`);
      rules.push(...found);
    }
  }
  return { css: rules.join("\n"), files };
}

function fontTable(): Promise<FontTable> {
  table ??= loadFontTable().catch((error: unknown) => {
    table = undefined; // let the next call retry rather than cache the failure
    throw error;
  });
  return table;
}

/** The stylesheet with every PDF font; documents link it (lib/pdf/html.ts), the pool serves it. */
export const FONT_CSS_URL = `${FONT_ORIGIN}/fonts.css`;

const fontBytes = new Map<string, Promise<Buffer>>();

/**
 * What the PDF page gets for a URL under FONT_ORIGIN: the stylesheet, or a font's bytes (read once,
 * then kept in memory); null for anything else, which the caller aborts.
 */
export async function fontResponse(url: string): Promise<{ contentType: string; body: Buffer } | null> {
  if (!url.startsWith(`${FONT_ORIGIN}/`)) return null;
  const { css, files } = await fontTable();
  const urlPath = new URL(url).pathname;
  if (urlPath === new URL(FONT_CSS_URL).pathname) return { contentType: "text/css; charset=utf-8", body: Buffer.from(css) };
  const file = files.get(urlPath);
  if (!file) return null;
  let bytes = fontBytes.get(urlPath);
  if (!bytes) {
    bytes = readFile(/* turbopackIgnore: true */ file);
    fontBytes.set(urlPath, bytes);
    bytes.catch(() => fontBytes.delete(urlPath));
  }
  return { contentType: "font/woff2", body: await bytes };
}
