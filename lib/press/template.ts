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
  /** Before the seminar an announcement (future tense, who is coming); after it a summary (who took part). */
  stage: "announcement" | "summary";
}

/** The stage of an edition for its press release: a summary once it has been held (or its dates are past). */
export function templateStage(e: { status: string; endsAt: Date | null }, now: Date): TemplateFacts["stage"] {
  return e.status === "HELD" || e.status === "ARCHIVED" || (e.endsAt !== null && e.endsAt < now) ? "summary" : "announcement";
}

export function draftFromTemplate(locale: Locale, facts: TemplateFacts): { title: string; summary: string; body: string } {
  const t = translator(locale, "pressTemplate");
  const dates = formatDateRange(locale, facts.startsAt, facts.endsAt, facts.timeZone);
  const values = { title: facts.title, theme: facts.theme, host: facts.host, venue: facts.venue || facts.host, dates, countries: facts.countries, delegates: facts.delegates };
  const heads = facts.heads.map((h) => `- ${h.name}${h.countryCode ? ` (${countryName(h.countryCode, locale)})` : ""}`).join("\n");
  const before = facts.stage === "announcement";
  // Figures only when there are some: "0 delegates from 0 countries" is never written.
  const participation = before
    ? facts.countries > 0 ? [t("participationComing", values)] : []
    : facts.countries > 0 && facts.delegates > 0 ? [t("participation", values)] : facts.countries > 0 ? [t("participationCountries", values)] : [];
  const body = [
    dates ? t(before ? "leadComing" : "lead", values) : t(before ? "leadComingNoDates" : "leadNoDates", values),
    t(before ? "themeComing" : "theme", values),
    ...participation,
    ...(heads ? [`## ${t(before ? "headsHeadingComing" : "headsHeading")}`, heads] : []),
    `## ${t("hostHeading")}`,
    t("about", values),
    `## ${t("contactHeading")}`,
    t("contact", values),
  ].join("\n\n");
  const summary = facts.countries > 0 ? t(before ? "summaryComing" : "summary", values) : t(before ? "summaryComingNoFigures" : "summaryNoFigures", values);
  return { title: t(before ? "titleComing" : "title", values), summary, body };
}
