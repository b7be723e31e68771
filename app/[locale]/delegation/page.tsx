import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listOwnInvitations } from "@/lib/invitations/data";
import { countryName } from "@/lib/countries/names";
import { pickLocalized } from "@/lib/i18n/config";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { INVITATION_STATUS_TONE } from "@/lib/registrations/status";
import { resolveLocale } from "@/lib/i18n/server";

export default async function DelegationPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const actor = await requireActor({ locale, permission: "delegation.manage", returnTo: `/${locale}/delegation` });
  const t = await getTranslations("delegation");
  const te = await getTranslations("edition");
  const tr = await getTranslations("registrations");
  const invitations = await listOwnInvitations(actor);
  return (
    <div>
      <PageHeader title={t("title")} intro={actor.countryCode ? t("intro", { country: countryName(actor.countryCode, locale) }) : undefined} />
      {invitations.length === 0 && <p>{t("empty")}</p>}
      <ul className="flex flex-col gap-6">
        {invitations.map((inv) => (
          <li key={inv.id} className="rounded border border-gray-300 p-5">
            <h2 className="text-lg font-semibold">{te("title", { number: inv.edition.number, name: pickLocalized(inv.edition.series.name, locale) })}</h2>
            <p className="text-gray-700">{pickLocalized(inv.edition.theme, locale)}</p>
            <p className="mt-2 flex flex-wrap items-center gap-3">
              <StatusBadge label={t(`invitationStatus.${inv.status}`)} tone={INVITATION_STATUS_TONE[inv.status]} />
              <span>{t("quota", { used: inv.registrations.length, quota: inv.quota })}</span>
            </p>
            {inv.registrations.length > 0 && (
              <ul className="mt-3 list-disc ps-6">
                {inv.registrations.map((r) => (
                  <li key={r.id}>{r.givenName} {r.familyName} — {tr(`delegationRole.${r.delegationRole}`)} ({tr(`statusValue.${r.status}`)})</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
