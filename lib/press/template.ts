// The first draft of a press release, filled in from the edition's facts, so a press
// officer starts from a complete text in one click.
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/config";
import { countryName } from "@/lib/countries/names";
import { formatDateRange } from "@/lib/i18n/format";

export interface TemplateFacts {
  title: string; // "2nd International Seminar on …"
  theme: string;
  host: string;
  venue: string;
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string;
  countries: number;
  delegates: number;
  heads: { name: string; countryCode: string | null }[];
}

export function draftFromTemplate(locale: Locale, facts: TemplateFacts): { title: string; summary: string; body: string } {
  const t = translator(locale, "pressTemplate");
  const dates = formatDateRange(locale, facts.startsAt, facts.endsAt, facts.timeZone);
  const values = { title: facts.title, theme: facts.theme, host: facts.host, venue: facts.venue || facts.host, dates, countries: facts.countries, delegates: facts.delegates };
  const heads = facts.heads.map((h) => `- ${h.name}${h.countryCode ? ` (${countryName(h.countryCode, locale)})` : ""}`).join("\n");
  const body = [
    t("lead", values),
    t("theme", values),
    t("participation", values),
    ...(heads ? [`## ${t("headsHeading")}`, heads] : []),
    `## ${t("hostHeading")}`,
    t("about", values),
    `## ${t("contactHeading")}`,
    t("contact", values),
  ].join("\n\n");
  return { title: t("title", values), summary: t("summary", values), body };
}
