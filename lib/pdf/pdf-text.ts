// For tests only: it imports pdfjs-dist, a devDependency. Reads a PDF's text back the way a
// reader's copy or search would, so a test can assert that "دعوة إلى الندوة الدولية" is in the
// letter, in logical (typed) order.
//
// pdfjs and right-to-left text: getTextContent applies the bidi algorithm to each text item on its
// own, so each Arabic item comes out in logical order. But Chromium draws every run of one font
// as its own item: an Arabic paragraph is Amiri words separated by Noto Sans spaces (Amiri's
// Arabic subset has no space), i.e. many items, and pdfjs returns them in drawing order, which is
// visual order, left to right. Joined as they come, "دعوة إلى الندوة" reads "الندوة إلى دعوة".
// So pdfText groups items into lines and puts each line's items back into logical order, runs
// against the line's base direction keeping their inner order. The base direction is not in the
// PDF: baseDirection guesses it (heuristics, enough for our letters and their tests).
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";

type PdfDoc = Awaited<ReturnType<typeof getDocument>["promise"]>;

async function withPdf<T>(pdf: Uint8Array, read: (doc: PdfDoc) => Promise<T>): Promise<T> {
  // A copy: pdfjs transfers (detaches) the buffer it is given.
  const data = new Uint8Array(pdf);
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: VerbosityLevel.ERRORS })
    .promise;
  try {
    return await read(doc);
  } finally {
    await doc.destroy();
  }
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const RTL_ALL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/gu;
const STRONG_ALL = /[\p{L}\p{N}]/gu;

type Dir = "ltr" | "rtl";
type Piece = { text: string; x: number; right: number; dir: Dir | null }; // null: neutral (spaces, punctuation)
type Line = { y: number; pieces: Piece[] };

function pieceDir(text: string): Dir | null {
  if (RTL.test(text)) return "rtl";
  return /[\p{L}\p{N}]/u.test(text) ? "ltr" : null;
}

/**
 * Sentence punctuation and spaces at either end of a left-to-right item become pieces of their
 * own: in "رقم الدعوة INV-0042." the full stop is drawn with the number's font, so pdfjs gives
 * ".INV-0042" as one item, but logically it ends the Arabic sentence. Only these characters:
 * brackets and the like at an item's ends more often belong to an isolated name, "<b>Smith</b>".
 */
function splitNeutralEnds(piece: Piece): Piece[] {
  if (piece.dir !== "ltr") return [piece];
  const [, lead, core, trail] = /^([.,:;!? ]*)(.*?)([.,:;!? ]*)$/su.exec(piece.text) ?? [];
  return [
    ...(lead ? [{ ...piece, text: lead, dir: null }] : []),
    { ...piece, text: core },
    ...(trail ? [{ ...piece, text: trail, dir: null }] : []),
  ];
}

/**
 * A line's base direction, which the PDF does not record. When its first and last strong pieces
 * agree, that; else ("رقم الدعوة INV-0042" and "Delegation of جمهورية" look alike) the side the
 * line is flush with, compared to the page's text block; else the script with more letters.
 */
function baseDirection(visual: Piece[], block: { left: number; right: number }): Dir {
  const strong = visual.filter((p) => p.dir);
  const [first, last] = [strong[0]?.dir, strong.at(-1)?.dir];
  if (first === last) return first ?? "ltr";
  const leftGap = visual[0].x - block.left;
  const rightGap = block.right - visual[visual.length - 1].right;
  if (Math.abs(leftGap - rightGap) > 2) return rightGap < leftGap ? "rtl" : "ltr";
  const rtlCount = visual.reduce((n, p) => n + (p.text.match(RTL_ALL)?.length ?? 0), 0);
  const strongCount = visual.reduce((n, p) => n + (p.text.match(STRONG_ALL)?.length ?? 0), 0);
  return rtlCount > strongCount - rtlCount ? "rtl" : "ltr";
}

/** Visual (left to right) pieces of one line → the line's text in logical order. */
function logicalLine(items: Piece[], block: { left: number; right: number }): string {
  const visual = items.flatMap(splitNeutralEnds);
  const base = baseDirection(visual, block);
  const seq = base === "rtl" ? [...visual].reverse() : [...visual];
  // A neutral between two pieces of one direction takes it; otherwise the base direction.
  const dirs = seq.map((piece, i) => {
    if (piece.dir) return piece.dir;
    const before = seq.slice(0, i).reverse().find((p) => p.dir)?.dir;
    const after = seq.slice(i + 1).find((p) => p.dir)?.dir;
    return before && before === after ? before : base;
  });
  const out: string[] = [];
  for (let i = 0; i < seq.length; ) {
    let end = i + 1;
    while (end < seq.length && dirs[end] === dirs[i]) end++;
    const run = seq.slice(i, end).map((p) => p.text);
    out.push(...(dirs[i] === base ? run : run.reverse()));
    i = end;
  }
  return out.join("");
}

/** Each page's text, lines top to bottom joined by "\n", each line in logical order. */
export async function pdfText(pdf: Uint8Array | Buffer): Promise<string[]> {
  return withPdf(pdf, async (doc) => {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines: Line[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str === "") continue;
        const { str, transform, width } = item as TextItem;
        const [x, y] = [transform[4], transform[5]];
        let line = lines.find((l) => Math.abs(l.y - y) < 2);
        if (!line) lines.push((line = { y, pieces: [] }));
        line.pieces.push({ text: str, x, right: x + width, dir: pieceDir(str) });
      }
      lines.sort((a, b) => b.y - a.y);
      for (const line of lines) line.pieces.sort((a, b) => a.x - b.x);
      const block = {
        left: Math.min(...lines.map((l) => l.pieces[0].x)),
        right: Math.max(...lines.map((l) => Math.max(...l.pieces.map((p) => p.right)))),
      };
      pages.push(lines.map((l) => logicalLine(l.pieces, block)).join("\n"));
    }
    return pages;
  });
}

/** Each page's size in PDF points (1/72 inch). */
export async function pdfPageSizes(pdf: Uint8Array | Buffer): Promise<{ width: number; height: number }[]> {
  return withPdf(pdf, async (doc) => {
    const sizes = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const [x0, y0, x1, y1] = (await doc.getPage(n)).view;
      sizes.push({ width: x1 - x0, height: y1 - y0 });
    }
    return sizes;
  });
}

/**
 * One page rendered to pixels (RGBA), as a reader would see it: pdf.js draws it on
 * @napi-rs/canvas. For tests that read what is printed, such as a badge's QR code.
 */
export async function pdfPageRgba(pdf: Uint8Array | Buffer, pageNumber = 1, scale = 3): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  return withPdf(pdf, async (doc) => {
    const page = await doc.getPage(pageNumber);
    const viewport = page.getViewport({ scale });
    const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: unknown; context: CanvasRenderingContext2D } } }).canvasFactory;
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    context.fillStyle = "#fff";
    context.fillRect(0, 0, Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvasContext: context, viewport, canvas: canvas as HTMLCanvasElement }).promise;
    const image = context.getImageData(0, 0, Math.ceil(viewport.width), Math.ceil(viewport.height));
    return { data: image.data, width: image.width, height: image.height };
  });
}
