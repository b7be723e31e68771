// The delegate's registration confirmation as a PDF, in their language (lib/pdf: headless
// Chromium; Arabic right to left, Chinese glyphs from the bundled fonts).
import "server-only";
import { bdi, html, pdfDocument } from "@/lib/pdf/html";
import { pdfDownload, renderPdf } from "@/lib/pdf";
import { dirOf, isLocale, pickLocalized, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/messages";
import { formatDateRange, formatDateTime, joinParts } from "@/lib/i18n/format";
import { countryName } from "@/lib/countries/names";
import { getOwnRegistration } from "./data";

const CSS = `
h1 { color: #1e3a5f; font-size: 18pt; margin: 0 0 4mm; }
.edition { font-weight: 700; margin-bottom: 8mm; }
table { border-collapse: collapse; width: 100%; }
th { text-align: start; padding: 2mm 4mm 2mm 0; width: 35%; vertical-align: top; }
td { padding: 2mm 0; }
.status { font-size: 14pt; font-weight: 700; }
.foot { margin-top: 12mm; font-size: 9pt; color: #444; }
`;

export async function confirmationResponse(registrationId: string, now = new Date()): Promise<Response> {
  const r = await getOwnRegistration(registrationId);
  if (!r || r.erasedAt) return new Response("Not found", { status: 404 });
  const locale: Locale = isLocale(r.locale) ? r.locale : "en";
  const [t, tf, tr, ts, te] = [
    translator(locale, "registrationSelf"), translator(locale, "registrationForm"), translator(locale, "registrations.delegationRole"),
    translator(locale, "registrations.statusValue"), translator(locale, "edition"),
  ];
  const e = r.edition;
  const edition = te("title", { number: e.number, name: pickLocalized(e.series.name, locale) });
  const status = r.status === "WAITLISTED" ? `${ts(r.status)} — ${t("position", { position: r.waitlistPosition ?? 0 })}` : ts(r.status);
  const rows: [string, string][] = [
    [tf("givenName"), r.givenName],
    [tf("familyName"), r.familyName],
    ...(r.jobTitle ? [[tf("jobTitle"), r.jobTitle] as [string, string]] : []),
    ...(r.organization ? [[tf("organization"), r.organization] as [string, string]] : []),
    [tf("country"), r.countryCode ? countryName(r.countryCode, locale) : (r.invitation?.organization?.acronym ?? "—")],
    [tf("role"), tr(r.delegationRole)],
    [tf("email"), r.email],
    [t("reference"), r.id],
  ];
  const body = html`
<h1>${t("confirmationTitle")}</h1>
<p class="edition">${edition}<br>${joinParts(locale, [pickLocalized(e.theme, locale), e.startsAt && e.endsAt ? formatDateRange(locale, e.startsAt, e.endsAt, e.timeZone) : null, pickLocalized(e.venue, locale), e.city])}</p>
<p class="status">${t("status")}: ${status}</p>
<table>${rows.map(([k, v]) => html`<tr><th scope="row">${k}</th><td dir="auto">${bdi(v)}</td></tr>`)}</table>
<p class="foot">${t("issued", { date: formatDateTime(locale, now, "UTC") })}</p>`;
  const pdf = await renderPdf(pdfDocument({ lang: locale, dir: dirOf(locale), title: t("confirmationTitle"), css: CSS, body }), { format: "A4" });
  return pdfDownload(pdf, `registration-${r.id}.pdf`);
}
