import { dirOf, type Locale } from "@/lib/i18n/config";
import { FONT_CSS_URL, FONT_STACK } from "./fonts";

// HTML for PDF templates. Names, titles and addresses in letters and badges are written by
// delegates, i.e. attackers: a template builds its body with the `html` tag, which escapes every
// interpolated value unless it is itself SafeHtml made by `html` or `bdi`. There is no other way
// to make SafeHtml, so no path for raw HTML from input.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export class SafeHtml {
  readonly #value: string;
  private constructor(value: string) {
    this.#value = value;
  }
  /** Only for this module's `html` and `bdi`; the private constructor keeps everyone else out. */
  static fromTrusted(value: string): SafeHtml {
    return new SafeHtml(value);
  }
  toString(): string {
    return this.#value;
  }
}

type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function interpolate(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(interpolate).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are ours, every `${value}` is escaped (SafeHtml excepted). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, i) => {
    out += interpolate(value) + strings[i + 1];
  });
  return SafeHtml.fromTrusted(out);
}

/**
 * A Latin name or number inside Arabic text: isolated left to right, so "John Smith" or "2026-05-12"
 * keeps its order and does not reorder the Arabic around it.
 */
export function bdi(s: string | number): SafeHtml {
  return SafeHtml.fromTrusted(`<bdi dir="ltr">${escapeHtml(String(s))}</bdi>`);
}

export type PaperSize = "A4" | "A6";
export type PdfPage = { size?: PaperSize; landscape?: boolean; margin?: string };

// In millimetres: Chromium knows `size: A4` but not `A6` (an unknown name silently falls back to A4).
const PAPER_MM: Record<PaperSize, [number, number]> = { A4: [210, 297], A6: [105, 148] };

/** The value of a CSS `@page { size }` for a paper size. */
export function pageSizeCss(size: PaperSize, landscape = false): string {
  const [w, h] = PAPER_MM[size];
  return landscape ? `${h}mm ${w}mm` : `${w}mm ${h}mm`;
}

function baseCss(page: PdfPage): string {
  return `@page { size: ${pageSizeCss(page.size ?? "A4", page.landscape)}; margin: ${page.margin ?? "20mm"}; }
html { font-family: ${FONT_STACK}; font-size: 11pt; line-height: 1.5; color: #000;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
h1, h2, h3 { line-height: 1.25; margin: 0 0 0.6em; }
p { margin: 0 0 0.8em; }
/* Amiri draws smaller than Noto Sans at one size and needs room for its marks. */
:root:lang(ar) { font-size: 12.5pt; }
/* Amiri's kerning (after ر, و, د…) moves the next letter so far that PDF readers take the gap for
   a space: "جمهورية" would copy and search as "جمهور ية". Without kerning it reads whole. */
:lang(ar) { line-height: 1.7; font-kerning: none; }`;
}

/**
 * A complete HTML document for renderPdf. Mark Arabic text with lang="ar" (the whole document,
 * or an element) so it gets the Arabic rules of the base CSS. `css` comes after the base CSS, so a template can
 * override it (its own `@page` included); `page` sets the base `@page` (default A4, 20 mm margins).
 * `css` and `body` are ours; `title` may come from input and is escaped.
 */
export function pdfDocument(options: {
  lang: Locale;
  dir?: "ltr" | "rtl";
  title: string;
  css?: string;
  body: SafeHtml;
  page?: PdfPage;
}): string {
  const { lang, title, css = "", body, page = {} } = options;
  const dir = options.dir ?? dirOf(lang);
  if (/<\/style/i.test(css)) throw new Error("pdfDocument: css must not close its <style> element");
  return `<!DOCTYPE html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${FONT_CSS_URL}">
<style>
${baseCss(page)}
${css}
</style>
</head>
<body>
${body.toString()}
</body>
</html>
`;
}
