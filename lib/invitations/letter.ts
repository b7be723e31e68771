// The invitation letter's content, in the letter's language: the same words for the mail
// and for the PDF. Facts come from the edition and the invitee; nothing here reads the
// database, so it is unit-tested.
import { countryName } from "@/lib/countries/names";
import { pickLocalized, type Locale } from "@/lib/i18n/config";
import { formatDateRange, formatDateTime, joinParts } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/messages";

export interface LetterSource {
  invitation: { id: string; quota: number; countryCode: string | null; organization: { acronym: string; names: unknown } | null; focalPointName: string | null; sentAt: Date | null };
  edition: { number: number; theme: unknown; venue: unknown; city: string | null; startsAt: Date | null; endsAt: Date | null; timeZone: string; registrationClosesAt: Date | null };
  series: { slug: string; name: unknown; hostName: unknown };
  alpha3: string | null;
}

export interface Letter {
  locale: Locale;
  dir: "ltr" | "rtl";
  reference: string;
  host: string;
  issued: string;
  subject: string;
  invitee: string;
  salutation: string;
  paragraphs: string[];
  facts: { label: string; value: string }[];
  link: string | null;
  closing: string;
  signature: string;
}

/** The invitee's name in a language: a State's UN name, or an organization's own. */
export function inviteeName(inv: { countryCode: string | null; organization: { acronym: string; names: unknown } | null }, locale: string): string {
  if (inv.countryCode) return countryName(inv.countryCode, locale);
  return inv.organization ? pickLocalized(inv.organization.names, locale) || inv.organization.acronym : "";
}

/** A stable reference: the series' initials, the edition's number, the invitee's ISO alpha-3 code or acronym. */
export function letterReference(src: LetterSource): string {
  const initials = src.series.slug.split("-").map((p) => p[0]?.toUpperCase() ?? "").join("") || "PLN";
  const who = src.alpha3 ?? src.invitation.organization?.acronym.replace(/[^A-Za-z0-9]/g, "").toUpperCase() ?? "INV";
  return `${initials}/${src.edition.number}/${who}`;
}

export function buildLetter(src: LetterSource, locale: Locale, link: string | null, now = new Date()): Letter {
  const t = translator(locale, "invitationLetter");
  const e = src.edition;
  const series = pickLocalized(src.series.name, locale);
  const host = pickLocalized(src.series.hostName, locale);
  const invitee = inviteeName(src.invitation, locale);
  const edition = translator(locale, "edition")("title", { number: e.number, name: series });
  const dates = e.startsAt ? formatDateRange(locale, e.startsAt, e.endsAt, e.timeZone) : t("datesToBeAnnounced");
  const venue = joinParts(locale, [pickLocalized(e.venue, locale), e.city]) || t("venueToBeAnnounced");
  const theme = pickLocalized(e.theme, locale);
  const paragraphs = [
    t("invite", { host, invitee, edition, theme, dates, venue }),
    t("quota", { quota: src.invitation.quota }),
    e.registrationClosesAt ? t("replyBy", { date: formatDateTime(locale, e.registrationClosesAt, e.timeZone), zone: e.timeZone }) : t("replySoon"),
    link ? t("linkIntro") : t("linkSeparately"),
  ];
  return {
    locale,
    dir: locale === "ar" ? "rtl" : "ltr",
    reference: letterReference(src),
    host,
    issued: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: e.timeZone }).format(src.invitation.sentAt ?? now),
    subject: t("subject", { edition, invitee }),
    invitee,
    salutation: src.invitation.focalPointName ? t("salutationNamed", { name: src.invitation.focalPointName }) : t("salutation"),
    paragraphs,
    facts: [
      { label: t("theme"), value: theme },
      { label: t("dates"), value: dates },
      { label: t("venue"), value: venue },
      { label: t("host"), value: host },
      { label: t("delegation"), value: t("quotaShort", { quota: src.invitation.quota }) },
    ],
    link,
    closing: t("closing"),
    signature: t("signature", { host }),
  };
}

/** The letter as plain text, for the mail (the link stands where the caller puts it). */
export function letterText(letter: Letter): string {
  return [
    `${letter.reference} · ${letter.issued}`,
    "",
    letter.subject,
    "",
    letter.salutation,
    "",
    ...letter.paragraphs.flatMap((p) => [p, ""]),
    ...(letter.link ? [letter.link, ""] : []),
    ...letter.facts.map((f) => `${f.label}: ${f.value}`),
    "",
    letter.closing,
    letter.signature,
  ].join("\n");
}
