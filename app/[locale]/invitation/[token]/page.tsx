// The secret link of an invitation: no account needed. An unknown, revoked or expired link
// gets the same plain page, which says nothing about which it was. Rate-limited.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { MessagePage } from "@/components/ui/message-page";
import { Link } from "@/lib/i18n/navigation";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { parsePageParams } from "@/lib/i18n/server";
import { localeParam } from "@/lib/params";
import { getInvitationForFocalPoint } from "@/lib/invitations/data";
import { resolveInvitationLink } from "@/lib/invitations/link";
import { InvitationPanel } from "@/lib/invitations/components/invitation-panel";

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Any string reaches the page; the shape is checked inside, so a bad link and a revoked one look alike.
const params = z.object({ locale: localeParam, token: z.string().max(200) });

export default async function InvitationLinkPage(props: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await parsePageParams(params, props.params);
  const t = await getTranslations("invitationPanel");
  const link = await resolveInvitationLink(token);
  const inv = link.kind === "ok" ? await getInvitationForFocalPoint(link.holder.invitationId) : null;
  if (!inv) {
    return (
      <MessagePage
        title={link.kind === "limited" ? t("limitedTitle") : t("unavailableTitle")}
        text={link.kind === "limited" ? t("limitedText") : t("unavailableText")}
        action={<Link href="/" className="text-brand-800 underline">{t("home")}</Link>}
      />
    );
  }
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <p className="rounded border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950">{t("linkPrivate")}</p>
      <ClientMessages namespaces={["invitationPanel", "reasons", "validation"]}>
        <InvitationPanel inv={inv} via={{ kind: "link", token }} locale={locale} letterHref={(l) => `/${locale}/invitation/${token}/letter?lang=${l}`} />
      </ClientMessages>
    </div>
  );
}
