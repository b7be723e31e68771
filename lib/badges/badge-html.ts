// Badges as HTML for headless Chromium (lib/pdf): A6, one per delegate, or print sheets of
// four A6 badges to an A4 page (2 × 2, cut along the edges). Each shows the name as the
// delegate wrote it (any script, its own direction), the country in the badge's language,
// the category as a colour band and as text (never colour alone), and a QR code holding
// only the check-in token.
import { html, pdfDocument, type SafeHtml } from "@/lib/pdf/html";
import { qrSvg } from "@/lib/pdf/qr";
import { dirOf, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/messages";
import { badgeToken } from "./token";

export const CATEGORY_COLOURS: Record<string, string> = {
  DELEGATE: "#1e3a8a", SPEAKER: "#047857", PRESS: "#b45309", ORGANIZER: "#b91c1c", GUEST: "#4b5563",
};

export interface BadgePerson {
  id: string;
  honorific: string | null;
  givenName: string;
  familyName: string;
  country: string; // already in the badge's language
  category: string;
  organization: string | null;
}

const CSS = `
.badge { width: 105mm; height: 148mm; box-sizing: border-box; display: flex; flex-direction: column; overflow: hidden; break-inside: avoid; border: 0.3mm dashed #bbb; }
.band { color: #fff; font-weight: 700; font-size: 15pt; letter-spacing: 0.04em; text-transform: uppercase; padding: 4mm 6mm; }
.edition { font-size: 9pt; color: #333; padding: 3mm 6mm 0; }
.who { flex: 1; padding: 5mm 6mm 0; display: flex; flex-direction: column; gap: 2mm; }
.honorific { font-size: 11pt; color: #333; }
.given { font-size: 20pt; font-weight: 700; line-height: 1.15; }
.family { font-size: 24pt; font-weight: 700; line-height: 1.15; }
.org { font-size: 10pt; color: #333; }
.country { font-size: 15pt; font-weight: 700; margin-top: 2mm; }
.qr { align-self: center; width: 34mm; height: 34mm; margin: 2mm 0 5mm; }
.qr svg { width: 100%; height: 100%; }
.sheet { display: grid; grid-template-columns: 105mm 105mm; grid-auto-rows: 148mm; width: 210mm; }
.page { break-after: page; }
.page:last-child { break-after: auto; }
`;

async function badge(p: BadgePerson, locale: Locale, edition: string): Promise<SafeHtml> {
  const t = translator(locale, "badge.category");
  const colour = CATEGORY_COLOURS[p.category] ?? CATEGORY_COLOURS.GUEST;
  return html`<section class="badge" data-category="${p.category}">
  <div class="band" style="background:${colour}">${t(p.category as never)}</div>
  <div class="edition">${edition}</div>
  <div class="who">
    ${p.honorific ? html`<div class="honorific" dir="auto">${p.honorific}</div>` : ""}
    <div class="given" dir="auto">${p.givenName}</div>
    <div class="family" dir="auto">${p.familyName}</div>
    ${p.organization ? html`<div class="org" dir="auto">${p.organization}</div>` : ""}
    <div class="country">${p.country}</div>
  </div>
  <div class="qr">${await qrSvg(badgeToken(p.id))}</div>
</section>`;
}

/** One badge per A6 page, or sheets of four badges per A4 page. */
export async function badgesHtml(people: BadgePerson[], opts: { locale: Locale; edition: string; layout: "a6" | "sheet" }): Promise<string> {
  const badges = await Promise.all(people.map((p) => badge(p, opts.locale, opts.edition)));
  const title = translator(opts.locale, "badge")("title");
  if (opts.layout === "a6") {
    return pdfDocument({ lang: opts.locale, dir: dirOf(opts.locale), title, css: CSS + ".badge { border: none; }", body: html`${badges}`, page: { size: "A6", margin: "0" } });
  }
  const pages: SafeHtml[] = [];
  for (let i = 0; i < badges.length; i += 4) pages.push(html`<div class="page sheet">${badges.slice(i, i + 4)}</div>`);
  return pdfDocument({ lang: opts.locale, dir: dirOf(opts.locale), title, css: CSS, body: html`${pages}`, page: { size: "A4", margin: "0" } });
}
