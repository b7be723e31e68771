// The delegate's mails, in their language: the registration received (with the personal
// link), and each later change of status. Pure: the use cases put them in the outbox in the
// transaction of the change. The personal link is sealed apart from the body.
import { isLocale, pickLocalized, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/messages";
import { publicUrl } from "@/lib/env";
import type { MailInput } from "@/lib/mail/outbox";
import { SECRET_LINK } from "@/lib/mail/secret";

export type RegistrationMailKind = "received" | "approved" | "waitlisted" | "rejected" | "cancelled" | "promoted" | "backToReview" | "updated";

export interface MailedRegistration {
  id: string;
  email: string;
  locale: string;
  givenName: string;
  familyName: string;
  honorific: string | null;
  waitlistPosition: number | null;
  decisionReason: string | null;
}

export interface MailedEdition {
  number: number;
  series: { name: unknown };
}

/** What a registration's mails are about: erasing the registration erases them too. */
export const registrationMailRef = (id: string) => `registration:${id}`;

export function personalLink(locale: Locale, token: string): string {
  return `${publicUrl()}/${locale}/registration/${token}`;
}

/** One mail to the delegate; `token` (when known) gives the personal link. */
export function registrationMail(r: MailedRegistration, e: MailedEdition, kind: RegistrationMailKind, token: string | null): MailInput {
  const locale: Locale = isLocale(r.locale) ? r.locale : "en";
  const t = translator(locale, "mail.registration");
  const edition = translator(locale, "edition")("title", { number: e.number, name: pickLocalized(e.series.name, locale) });
  const name = [r.honorific, r.givenName, r.familyName].filter(Boolean).join(" ");
  const parts = [t("greeting", { name }), t(`body.${kind}`, { edition, position: r.waitlistPosition ?? 0 })];
  if (kind === "rejected" && r.decisionReason) parts.push(`${t("reason")} ${r.decisionReason}`);
  if (token) parts.push(`${t("link")}\n${SECRET_LINK}`);
  parts.push(t("signature"));
  return {
    to: r.email,
    subject: t(`subject.${kind}`, { edition }),
    text: parts.join("\n\n"),
    locale,
    kind: `registration-${kind}`,
    ref: registrationMailRef(r.id),
    ...(token ? { secretLink: personalLink(locale, token) } : {}),
  };
}

/** To the focal point: a member of the delegation registered through its link and waits for their confirmation. */
export function focalPointMail(
  inv: { id: string; focalPointEmail: string; letterLocale: string; countryCode: string | null },
  r: MailedRegistration,
  e: MailedEdition,
  invitationToken: string | null,
): MailInput {
  const locale: Locale = isLocale(inv.letterLocale) ? inv.letterLocale : "en";
  const t = translator(locale, "mail.registration.focalPoint");
  const edition = translator(locale, "edition")("title", { number: e.number, name: pickLocalized(e.series.name, locale) });
  const name = [r.honorific, r.givenName, r.familyName].filter(Boolean).join(" ");
  const parts = [t("body", { name, edition })];
  if (invitationToken) parts.push(`${t("link")}\n${SECRET_LINK}`);
  return {
    to: inv.focalPointEmail,
    subject: t("subject", { name, edition }),
    text: parts.join("\n\n"),
    locale,
    kind: "registration-to-confirm",
    ref: registrationMailRef(r.id),
    ...(invitationToken ? { secretLink: `${publicUrl()}/${locale}/invitation/${invitationToken}` } : {}),
  };
}
