// The visa invitation letter as a PDF, in the delegate's language (or one of the six asked
// for): numbered, with the passport details, right to left in Arabic (lib/pdf).
import "server-only";
import { html, pdfDocument } from "@/lib/pdf/html";
import { pdfDownload, renderPdf } from "@/lib/pdf";
import { dirOf, isLocale, pickLocalized, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/messages";
import { formatDateRange, formatDateTime } from "@/lib/i18n/format";
import { countryName } from "@/lib/countries/names";
import { getVisaLetter, type VisaLetterData } from "./data";

const CSS = `
.head { display: flex; justify-content: space-between; gap: 12mm; border-bottom: 0.6pt solid #1e3a5f; padding-bottom: 4mm; margin-bottom: 8mm; }
.org { font-weight: 700; color: #1e3a5f; font-size: 13pt; }
.meta { text-align: end; font-size: 10pt; }
.subject { font-weight: 700; margin: 6mm 0; font-size: 13pt; }
.closing { margin-top: 10mm; }
`;

export function visaLetterHtml(v: VisaLetterData, locale: Locale): string {
  const t = translator(locale, "visaLetter");
  const e = v.edition;
  const host = pickLocalized(e.series.hostName, locale);
  const edition = translator(locale, "edition")("title", { number: e.number, name: pickLocalized(e.series.name, locale) });
  const name = [v.honorific, v.givenName, v.familyName].filter(Boolean).join(" ");
  const body = t("body", {
    host, name, position: v.jobTitle ?? t("positionUnknown"), nationality: countryName(v.nationality!, locale), passport: v.passportNumber!, edition,
    theme: pickLocalized(e.theme, locale), dates: e.startsAt && e.endsAt ? formatDateRange(locale, e.startsAt, e.endsAt, e.timeZone) : "", city: e.city ?? "",
  });
  const doc = html`
<div class="head">
  <div class="org">${host}</div>
  <div class="meta"><div>${t("reference", { number: v.issue.number })} (${t("version", { version: v.issue.version })})</div><div>${t("issued", { date: formatDateTime(locale, v.issue.issuedAt, e.timeZone) })}</div></div>
</div>
<p class="subject">${t("subject")}</p>
<p>${t("salutation")}</p>
<p>${body}</p>
<p>${t("costs")}</p>
<p>${t("request")}</p>
<p class="closing">${t("closing")}</p>
<p>${t("signature", { host })}</p>`;
  return pdfDocument({ lang: locale, dir: dirOf(locale), title: t("subject"), css: CSS, body: doc });
}

export async function visaLetterResponse(registrationId: string, lang?: string | null): Promise<Response> {
  const v = await getVisaLetter(registrationId);
  if (!v) return new Response("Not found", { status: 404 });
  const locale: Locale = isLocale(lang) ? lang : isLocale(v.locale) ? v.locale : "en";
  const pdf = await renderPdf(visaLetterHtml(v, locale));
  return pdfDownload(pdf, `visa-letter-${v.issue.number}-v${v.issue.version}-${locale}.pdf`);
}
