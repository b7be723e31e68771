import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireActor } from "@/lib/auth";
import { parsePageParams } from "@/lib/i18n/server";
import { localeParam, recordIdParam } from "@/lib/params";
import { LOCALES, LOCALE_NAMES, pickLocalized } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { getInvitationForAdmin } from "@/lib/invitations/data";
import { getAuditTrail } from "@/lib/editions/data";
import { inviteeName } from "@/lib/invitations/letter";
import { INVITATION_STATUS_TONE, REGISTRATION_STATUS_TONE } from "@/lib/registrations/status";
import { InvitationButtons, InvitationEditForm } from "@/lib/invitations/components/admin-forms";
import { AuditTrail } from "@/lib/audit/components/audit-trail";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { Alert } from "@/components/ui/alert";

const params = z.object({ locale: localeParam, id: recordIdParam, invitationId: recordIdParam });

export default async function InvitationAdminPage(props: { params: Promise<{ locale: string; id: string; invitationId: string }> }) {
  const { locale, id, invitationId } = await parsePageParams(params, props.params);
  await requireActor({ locale, permission: "invitations.manage", returnTo: `/${locale}/admin/editions/${id}/invitations/${invitationId}` });
  const inv = await getInvitationForAdmin(invitationId);
  if (!inv || inv.editionId !== id) notFound();
  const [t, tr, tp, te, audit] = await Promise.all([
    getTranslations("invitationsAdmin"), getTranslations("registrations"), getTranslations("invitationPanel"), getTranslations("edition"),
    getAuditTrail(id, { entityIds: [inv.id, ...inv.registrations.map((r) => r.id)] }),
  ]);
  const name = inviteeName(inv, locale);
  const at = (d: Date | null) => (d ? formatDateTime(locale, d) : "—");
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title={name}
        intro={te("title", { number: inv.edition.number, name: pickLocalized(inv.edition.series.name, locale) })}
        actions={<Link href={`/admin/editions/${id}/invitations`} className="rounded border border-brand-700 px-3 py-2 text-brand-800">{t("backToList")}</Link>}
      />
      {inv.revokedAt && <Alert>{t("revokedNote", { at: at(inv.revokedAt) })}</Alert>}
      <section aria-labelledby="state-heading" className="flex flex-col gap-3">
        <h2 id="state-heading" className="text-lg font-semibold">{t("status")}</h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("status")}</dt>
          <dd><StatusBadge label={t(`statusValue.${inv.status}`)} tone={INVITATION_STATUS_TONE[inv.status]} /></dd>
          <dt className="font-semibold">{t("sent")}</dt><dd>{at(inv.sentAt)}</dd>
          <dt className="font-semibold">{t("answered")}</dt><dd>{at(inv.respondedAt)}</dd>
          <dt className="font-semibold">{t("reminded")}</dt><dd>{inv.lastReminderAt ? t("remindedAt", { at: at(inv.lastReminderAt), count: inv.reminderCount }) : "—"}</dd>
        </dl>
        <InvitationButtons editionId={id} id={inv.id} locale={locale} status={inv.status} revoked={!!inv.revokedAt} />
        {!inv.focalPointEmail && <p className="text-sm text-amber-900">{t("needsEmail")}</p>}
      </section>
      <section aria-labelledby="letter-heading" className="flex flex-col gap-2">
        <h2 id="letter-heading" className="text-lg font-semibold">{tp("letter")}</h2>
        <p className="text-sm text-gray-700">{t("letterHint")}</p>
        <ul className="flex flex-wrap gap-2">
          {LOCALES.map((l) => (
            <li key={l}>
              <a href={`/${locale}/admin/editions/${id}/invitations/${inv.id}/letter?lang=${l}`} lang={l} download className="inline-block rounded border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50">
                {tp("letterIn", { language: LOCALE_NAMES[l] })}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading" className="mb-3 text-lg font-semibold">{t("details")}</h2>
        <InvitationEditForm locale={locale} values={inv} />
      </section>
      <section aria-labelledby="delegation-heading" className="flex flex-col gap-2">
        <h2 id="delegation-heading" className="text-lg font-semibold">{tp("delegation")}</h2>
        <p>{tp("quotaUsed", { used: inv.registrations.length, quota: inv.quota })}</p>
        {inv.registrations.length === 0 ? (
          <p className="text-gray-700">{tp("noDelegates")}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {inv.registrations.map((r) => (
              <li key={r.id}>
                <bdi>{[r.honorific, r.givenName, r.familyName].filter(Boolean).join(" ")}</bdi> — {tr(`delegationRole.${r.delegationRole}`)} <StatusBadge label={tr(`statusValue.${r.status}`)} tone={REGISTRATION_STATUS_TONE[r.status]} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-2 text-lg font-semibold">{t("history")}</h2>
        <AuditTrail entries={audit} locale={locale} />
      </section>
    </div>
  );
}
