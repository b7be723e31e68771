import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listOwnInvitations } from "@/lib/invitations/data";
import { countryName } from "@/lib/countries/names";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { resolveLocale } from "@/lib/i18n/server";
import { InvitationPanel } from "@/lib/invitations/components/invitation-panel";

/** A focal point's account: the same answers as the secret link, for their country's invitations. */
export default async function DelegationPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const actor = await requireActor({ locale, permission: "delegation.manage", returnTo: `/${locale}/delegation` });
  const t = await getTranslations("delegation");
  const invitations = await listOwnInvitations(actor);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} intro={actor.countryCode ? t("intro", { country: countryName(actor.countryCode, locale) }) : undefined} />
      {invitations.length === 0 && <p>{t("empty")}</p>}
      <ClientMessages namespaces={["invitationPanel", "reasons", "validation"]}>
        {invitations.map((inv) => (
          <div key={inv.id} className="rounded border border-gray-300 p-5">
            <InvitationPanel inv={inv} via={{ kind: "account" }} locale={locale} letterHref={(l) => `/${locale}/delegation/${inv.id}/letter?lang=${l}`} />
          </div>
        ))}
      </ClientMessages>
    </div>
  );
}
