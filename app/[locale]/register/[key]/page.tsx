// A delegation's registration link: the focal point shares it, each member registers
// themselves for that country. A wrong, old or revoked key gets the same plain page.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { MessagePage } from "@/components/ui/message-page";
import { Link } from "@/lib/i18n/navigation";
import { parsePageParams } from "@/lib/i18n/server";
import { localeParam } from "@/lib/params";
import { pickLocalized } from "@/lib/i18n/config";
import { countryName } from "@/lib/countries/names";
import { getInvitationForDelegationLink } from "@/lib/registrations/data";
import { invitationIdOfKey, keyMatches } from "@/lib/registrations/delegation-link";
import { registrationOpen } from "@/lib/registrations/open";
import { RegistrationPage } from "@/lib/registrations/components/registration-page";

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };
export const dynamic = "force-dynamic";

const params = z.object({ locale: localeParam, key: z.string().max(200) });

export default async function DelegationRegistrationPage(props: { params: Promise<{ locale: string; key: string }> }) {
  const { locale, key } = await parsePageParams(params, props.params);
  const id = invitationIdOfKey(key);
  const inv = id ? await getInvitationForDelegationLink(id) : null;
  if (!inv || inv.revokedAt || inv.status === "DECLINED" || !keyMatches(key, inv.id, inv.tokenHash)) {
    const t = await getTranslations("invitationPanel");
    return <MessagePage title={t("unavailableTitle")} text={t("unavailableText")} action={<Link href="/" className="text-brand-800 underline">{t("home")}</Link>} />;
  }
  const invitee = inv.countryCode ? countryName(inv.countryCode, locale) : `${pickLocalized(inv.organization?.names, locale) || inv.organization?.acronym}`;
  return <RegistrationPage e={inv.edition} locale={locale} open={registrationOpen(inv.edition, new Date(), "delegation")} delegation={{ key, invitee }} />;
}
