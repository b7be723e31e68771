// The invitation letter as a PDF: the same words as the mail (lib/invitations/letter.ts),
// set as a letter on A4 by headless Chromium (lib/pdf), right to left in Arabic.
import "server-only";
import { bdi, html, pdfDocument } from "@/lib/pdf/html";
import { pdfDownload, renderPdf } from "@/lib/pdf";
import { isLocale } from "@/lib/i18n/config";
import { getLetter } from "./data";
import type { Letter } from "./letter";

const CSS = `
.head { display: flex; justify-content: space-between; gap: 12mm; border-bottom: 0.6pt solid #1e3a5f; padding-bottom: 4mm; margin-bottom: 8mm; }
.org { font-weight: 700; color: #1e3a5f; font-size: 13pt; }
.meta { text-align: end; font-size: 10pt; }
.subject { font-weight: 700; margin: 6mm 0; }
table.facts { border-collapse: collapse; margin: 4mm 0 8mm; width: 100%; }
table.facts th { text-align: start; padding: 1.5mm 4mm 1.5mm 0; width: 32%; vertical-align: top; }
table.facts td { padding: 1.5mm 0; }
.link { font-family: monospace; font-size: 9pt; word-break: break-all; border: 0.6pt solid #999; padding: 3mm; }
.closing { margin-top: 10mm; }
`;

export function letterHtml(letter: Letter): string {
  const body = html`
<div class="head">
  <div class="org">${letter.host}</div>
  <div class="meta"><div>${bdi(letter.reference)}</div><div>${letter.issued}</div></div>
</div>
<p class="subject">${letter.subject}</p>
<p>${letter.salutation}</p>
${letter.paragraphs.map((p) => html`<p>${p}</p>`)}
${letter.link ? html`<p class="link" dir="ltr">${letter.link}</p>` : ""}
<table class="facts">
  ${letter.facts.map((f) => html`<tr><th scope="row">${f.label}</th><td>${f.value}</td></tr>`)}
</table>
<p class="closing">${letter.closing}</p>
<p>${letter.signature}</p>`;
  return pdfDocument({ lang: letter.locale, dir: letter.dir, title: letter.subject, css: CSS, body });
}

export async function letterPdf(letter: Letter): Promise<Buffer> {
  return renderPdf(letterHtml(letter), { format: "A4" });
}

/** The file name of a letter: ASCII only, from the reference (never from input). */
export function letterFileName(letter: Letter): string {
  return `invitation-${letter.reference.replace(/[^A-Za-z0-9]+/g, "-")}-${letter.locale}.pdf`;
}

/** The letter of one invitation as a download, in the asked language (one of the six, else the letter's own). */
export async function letterResponse(invitationId: string, lang: string | null): Promise<Response> {
  const letter = await getLetter(invitationId, isLocale(lang) ? lang : null);
  if (!letter) return new Response("Not found", { status: 404 });
  return pdfDownload(await letterPdf(letter), letterFileName(letter));
}
