import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getDashboard } from "@/lib/editions/data";
import { pickLocalized } from "@/lib/i18n/config";
import { formatDateRange, formatNumber } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { EDITION_STATUS_TONE } from "@/lib/editions/status";
import { Link } from "@/lib/i18n/navigation";
import { resolveLocale } from "@/lib/i18n/server";

export default async function Dashboard({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  await requireActor({ locale, permission: "admin.view", returnTo: `/${locale}/admin` });
  const t = await getTranslations("dashboard");
  const te = await getTranslations("edition");
  const d = await getDashboard();
  const e = d.upcoming;
  const days = e?.startsAt ? Math.ceil((e.startsAt.getTime() - d.now.getTime()) / 86_400_000) : null;
  return (
    <div>
      <PageHeader title={t("title")} />
      {!e ? (
        <p>{t("noUpcoming")}</p>
      ) : (
        <section aria-labelledby="next-heading" className="rounded border border-gray-300 p-5">
          <h2 id="next-heading" className="text-lg font-semibold">
            <Link href={`/admin/editions/${e.id}`} className="text-brand-700 hover:underline">{te("title", { number: e.number, name: pickLocalized(e.series.name, locale) })}</Link>
          </h2>
          <p className="mt-1 flex flex-wrap items-center gap-3 text-gray-700">
            <span>{formatDateRange(locale, e.startsAt, e.endsAt, e.timeZone)}</span>
            <StatusBadge label={te(`status.${e.status}`)} tone={EDITION_STATUS_TONE[e.status]} />
            {days !== null && days >= 0 && <span>{t("daysToGo", { days })}</span>}
          </p>
          <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-4">
            {(["PENDING", "APPROVED", "WAITLISTED", "REJECTED"] as const).map((s) => (
              <div key={s} className="rounded bg-gray-100 p-3">
                <dt className="text-sm text-gray-700">{t(`registrations.${s}`)}</dt>
                <dd className="text-2xl font-semibold">{formatNumber(locale, d.registrations?.[s] ?? 0)}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-4 text-gray-800">
            {t("countriesAnswered", {
              answered: (d.invitations?.ACCEPTED ?? 0) + (d.invitations?.DECLINED ?? 0),
              invited: Object.values(d.invitations ?? {}).reduce((a, b) => a + b, 0),
            })}
          </p>
        </section>
      )}
      <section aria-labelledby="timeline-heading" className="mt-8">
        <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">{t("timeline")}</h2>
        {d.past.length === 0 ? (
          <p>{t("noPast")}</p>
        ) : (
          <ol className="border-s-2 border-brand-600 ps-4">
            {d.past.map((p) => (
              <li key={p.id} className="mb-3">
                <Link href={`/admin/editions/${p.id}`} className="font-semibold text-brand-700 hover:underline">
                  {te("title", { number: p.number, name: pickLocalized(p.series.name, locale) })}
                </Link>
                <div className="text-sm text-gray-700">
                  {formatDateRange(locale, p.startsAt, p.endsAt, p.timeZone)} · {t("pastFigures", { countries: p._count.invitations, delegates: p._count.registrations })}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
