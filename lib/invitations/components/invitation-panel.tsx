// One invitation as its focal point sees it — through the secret link or on /delegation:
// the edition's facts, the answer, the focal point's details, the delegation within its
// quota, and the letter in the six languages.
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/ui/status-badge";
import { Alert } from "@/components/ui/alert";
import { LOCALES, LOCALE_NAMES, pickLocalized, type Locale } from "@/lib/i18n/config";
import { formatDateRange, formatDateTime, joinParts } from "@/lib/i18n/format";
import { INVITATION_STATUS_TONE, REGISTRATION_STATUS_TONE } from "@/lib/registrations/status";
import type { FocalPointInvitation } from "@/lib/invitations/data";
import { inviteeName } from "@/lib/invitations/letter";
import { ConfirmNomineeButton, FocalPointForm, NominateForm, RespondButtons, WithdrawNomineeButton, type Via } from "./answer-forms";
import { delegationKey } from "@/lib/registrations/delegation-link";
import { isOver } from "@/lib/editions/status";
import { publicUrl } from "@/lib/env";


export async function InvitationPanel({ inv, via, locale, letterHref }: { inv: FocalPointInvitation; via: Via; locale: Locale; letterHref: (lang: Locale) => string }) {
  const t = await getTranslations("invitationPanel");
  const td = await getTranslations("delegation");
  const [tr, ts] = await Promise.all([getTranslations("registrations.delegationRole"), getTranslations("registrations.statusValue")]);
  const te = await getTranslations("edition");
  const e = inv.edition;
  const series = pickLocalized(e.series.name, locale);
  const invitee = inviteeName(inv, locale);
  const delegation = inv.registrations;
  const head = delegation.find((r) => r.delegationRole === "HEAD");
  const open = !isOver(e.status) && !inv.revokedAt;
  const full = delegation.length >= inv.quota;
  const fullName = (r: (typeof delegation)[number]) => [r.honorific, r.givenName, r.familyName].filter(Boolean).join(" ");
  const slug = inv.id;
  return (
    <article className="flex flex-col gap-8" aria-labelledby={`inv-${slug}`}>
      <header className="flex flex-col gap-2">
        <p className="text-sm font-semibold text-brand-700">{t("invitationFor", { invitee })}</p>
        <h2 id={`inv-${slug}`} className="text-2xl font-semibold text-brand-900">{te("title", { number: e.number, name: series })}</h2>
        <p className="text-lg text-gray-800">{pickLocalized(e.theme, locale)}</p>
        <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("status")}</dt>
          <dd><StatusBadge label={td(`invitationStatus.${inv.status}`)} tone={INVITATION_STATUS_TONE[inv.status]} />{inv.respondedAt && <span className="ms-2 text-sm text-gray-700">{formatDateTime(locale, inv.respondedAt, e.timeZone)}</span>}</dd>
          <dt className="font-semibold">{t("dates")}</dt>
          <dd>{e.startsAt ? `${formatDateRange(locale, e.startsAt, e.endsAt, e.timeZone)} (${e.timeZone})` : t("toBeAnnounced")}</dd>
          <dt className="font-semibold">{t("venue")}</dt>
          <dd>{joinParts(locale, [pickLocalized(e.venue, locale), e.city]) || t("toBeAnnounced")}</dd>
          <dt className="font-semibold">{t("host")}</dt>
          <dd>{pickLocalized(e.series.hostName, locale)}</dd>
          {e.registrationClosesAt && (
            <>
              <dt className="font-semibold">{t("replyBy")}</dt>
              <dd>{formatDateTime(locale, e.registrationClosesAt, e.timeZone)}</dd>
            </>
          )}
        </dl>
      </header>

      {!open && <Alert tone="info">{t("closed")}</Alert>}

      <section aria-labelledby={`letter-${slug}`} className="flex flex-col gap-2">
        <h3 id={`letter-${slug}`} className="text-lg font-semibold">{t("letter")}</h3>
        <ul className="flex flex-wrap gap-2">
          {[inv.letterLocale as Locale, ...LOCALES.filter((l) => l !== inv.letterLocale)].map((l) => (
            <li key={l}>
              <a href={letterHref(l)} lang={l} className="inline-block rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50" download>
                {t("letterIn", { language: LOCALE_NAMES[l] })}
              </a>
            </li>
          ))}
        </ul>
      </section>

      {open && (
        <section aria-labelledby={`answer-${slug}`} className="flex flex-col gap-2">
          <h3 id={`answer-${slug}`} className="text-lg font-semibold">{t("answer")}</h3>
          <p>{inv.status === "ACCEPTED" ? t("acceptedNote") : inv.status === "DECLINED" ? t("declinedNote") : t("answerIntro", { invitee })}</p>
          <RespondButtons via={via} id={inv.id} locale={locale} status={inv.status} canDecline={delegation.length === 0} />
          {inv.status === "ACCEPTED" && delegation.length > 0 && <p className="text-sm text-gray-700">{t("declineNeedsEmpty")}</p>}
        </section>
      )}

      {open && (
        <section aria-labelledby={`focal-${slug}`} className="flex flex-col gap-2">
          <h3 id={`focal-${slug}`} className="text-lg font-semibold">{t("focalPoint")}</h3>
          <p className="text-sm text-gray-700">{t("focalPointIntro")}</p>
          <FocalPointForm via={via} id={inv.id} locale={locale} values={inv} />
        </section>
      )}

      <section aria-labelledby={`delegation-${slug}`} className="flex flex-col gap-3">
        <h3 id={`delegation-${slug}`} className="text-lg font-semibold">{t("delegation")}</h3>
        <p>{t("quotaUsed", { used: delegation.length, quota: inv.quota })}</p>
        {delegation.length > 0 && !head && <Alert tone="info">{t("noHead")}</Alert>}
        {delegation.length === 0 ? (
          <p className="text-gray-700">{t("noDelegates")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {delegation.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-gray-300 p-3">
                <div>
                  <div className="font-semibold"><bdi>{fullName(r)}</bdi></div>
                  <div className="text-sm text-gray-700">{tr(r.delegationRole)}{r.jobTitle && <> · <bdi>{r.jobTitle}</bdi></>} · <bdi dir="ltr">{r.email}</bdi></div>
                  <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                    <StatusBadge label={ts(r.status)} tone={REGISTRATION_STATUS_TONE[r.status]} />
                    {r.status === "WAITLISTED" && <span>#{r.waitlistPosition}</span>}
                    {e.focalPointReview && (r.confirmedAt ? <span>{t("confirmed")}</span> : <span className="font-semibold text-amber-900">{t("toConfirm")}</span>)}
                  </div>
                </div>
                <div className="flex flex-wrap items-start gap-2">
                  {open && e.focalPointReview && !r.confirmedAt && <ConfirmNomineeButton via={via} invitationId={inv.id} registrationId={r.id} locale={locale} name={fullName(r)} />}
                  {open && <WithdrawNomineeButton via={via} invitationId={inv.id} registrationId={r.id} locale={locale} name={fullName(r)} />}
                </div>
              </li>
            ))}
          </ul>
        )}
        {open && inv.status === "ACCEPTED" && !full && (
          <div className="rounded border border-gray-300 p-4">
            <h4 className="mb-3 font-semibold">{t("nominateTitle")}</h4>
            <NominateForm via={via} invitationId={inv.id} locale={locale} headTaken={!!head} />
          </div>
        )}
        {open && inv.status === "ACCEPTED" && full && <Alert tone="info">{t("quotaReached", { quota: inv.quota })}</Alert>}
        {open && inv.status !== "ACCEPTED" && <p className="text-gray-700">{t("acceptFirst")}</p>}
        {open && inv.status === "ACCEPTED" && (
          <div className="rounded border border-brand-700 bg-brand-50 p-4">
            <h4 className="font-semibold">{t("shareTitle")}</h4>
            <p className="mt-1 text-sm">{t("shareIntro", { invitee })}</p>
            <p className="mt-2 break-all rounded border border-gray-400 bg-white p-2 font-mono text-sm" dir="ltr" data-delegation-link>{`${publicUrl()}/${locale}/register/${delegationKey(inv.id, inv.tokenHash)}`}</p>
          </div>
        )}
      </section>
    </article>
  );
}
