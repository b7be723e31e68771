import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listOwnRegistrations } from "@/lib/registrations/data";
import { pickLocalized } from "@/lib/i18n/config";
import { formatDateRange } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { REGISTRATION_STATUS_TONE } from "@/lib/registrations/status";
import { resolveLocale } from "@/lib/i18n/server";
import { openToken } from "@/lib/secret-token";

export default async function MyPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const actor = await requireActor({ locale, permission: "registration.self", returnTo: `/${locale}/me` });
  const t = await getTranslations("me");
  const te = await getTranslations("edition");
  const tr = await getTranslations("registrations");
  const regs = await listOwnRegistrations(actor);
  return (
    <div>
      <PageHeader title={t("title")} intro={t("intro", { name: actor.name ?? actor.email })} />
      {regs.length === 0 && <p>{t("empty")}</p>}
      <ul className="flex flex-col gap-4">
        {regs.map((r) => (
          <li key={r.id} className="rounded border border-gray-300 p-5">
            <h2 className="text-lg font-semibold">{te("title", { number: r.edition.number, name: pickLocalized(r.edition.series.name, locale) })}</h2>
            <p className="text-gray-700">{formatDateRange(locale, r.edition.startsAt, null, r.edition.timeZone)}</p>
            <p className="mt-2 flex items-center gap-3">
              <StatusBadge label={tr(`statusValue.${r.status}`)} tone={REGISTRATION_STATUS_TONE[r.status]} />
              <span>{tr(`delegationRole.${r.delegationRole}`)}</span>
            </p>
            {openToken(r.tokenSealed) && (
              <p className="mt-2">
                <a href={`/${locale}/registration/${openToken(r.tokenSealed)}`} className="text-brand-800 underline">{t("manage")}</a>
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
