import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { parsePageParams } from "@/lib/i18n/server";
import { recordParams } from "@/lib/params";
import { requireActor } from "@/lib/auth";
import { getAuditTrail, getEditionForAdmin, HISTORY_KINDS } from "@/lib/editions/data";
import { z } from "zod";
import { optionalQuery } from "@/lib/params";
import { nextStatuses } from "@/lib/editions/lifecycle";
import { EDITION_STATUS_TONE } from "@/lib/editions/status";
import { EditionForm } from "@/lib/editions/components/edition-form";
import { TransitionButtons } from "@/lib/editions/components/transition-buttons";
import { DeleteEditionButton } from "@/lib/editions/components/delete-edition";
import { DeleteSessionButton, SessionForm } from "@/lib/programme/components/session-form";
import { findClashes } from "@/lib/programme/overlap";
import { pickLocalized } from "@/lib/i18n/config";
import { formatDateTimeRange } from "@/lib/i18n/format";
import { utcToZonedLocal } from "@/lib/i18n/time-zones";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { Alert } from "@/components/ui/alert";
import { FilterSelect } from "@/components/ui/filter-select";
import { AuditTrail } from "@/lib/audit/components/audit-trail";

const historyQuery = z.object({ history: optionalQuery(z.enum(HISTORY_KINDS)), before: optionalQuery(z.string().regex(/^\d{1,18}$/)) });

export default async function EditionAdminPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id } = await parsePageParams(recordParams, params);
  const parsedQuery = historyQuery.safeParse(await searchParams);
  const h = parsedQuery.success ? parsedQuery.data : {};
  await requireActor({ locale, permission: "editions.manage", returnTo: `/${locale}/admin/editions/${id}` });
  const e = await getEditionForAdmin(id);
  if (!e) notFound();
  const [t, te, tp, audit] = await Promise.all([getTranslations("editionAdmin"), getTranslations("edition"), getTranslations("programme"), getAuditTrail(id, { kind: h.history, before: h.before ? BigInt(h.before) : undefined })]);
  const name = pickLocalized(e.series.name, locale);
  const local = (d: Date | null) => (d ? utcToZonedLocal(d, e.timeZone) : "");
  const clashes = findClashes(e.sessions.map((s) => ({ id: s.id, startsAt: s.startsAt, endsAt: s.endsAt, room: s.room, speakerIds: s.speakers.map((p) => p.speakerId) })));
  const titleOf = (sid: string) => pickLocalized(e.sessions.find((s) => s.id === sid)?.title, locale);
  const speakerName = (pid: string) => e.sessions.flatMap((s) => s.speakers).find((p) => p.speakerId === pid)?.speaker.name ?? "";
  const sessionValues = (s: (typeof e.sessions)[number]) => ({
    id: s.id, title: s.title as Record<string, string>, startsAt: local(s.startsAt), endsAt: local(s.endsAt), room: s.room, language: s.language,
    chair: s.speakers.find((p) => p.role === "CHAIR")?.speaker.name ?? "",
    speakers: s.speakers.filter((p) => p.role !== "CHAIR").map((p) => [p.speaker.name, p.speaker.position, p.speaker.affiliation].filter(Boolean).join("; ")).join("\n"),
  });
  const lastEnd = e.sessions.at(-1)?.endsAt ?? e.startsAt;
  return (
    <div className="flex flex-col gap-10">
      <PageHeader
        title={te("title", { number: e.number, name })}
        intro={pickLocalized(e.theme, locale)}
        actions={
          <div className="flex flex-wrap gap-2">
            {e.status !== "DRAFT" && <Link href={`/series/${e.series.slug}/${e.number}`} className="rounded border border-brand-700 px-3 py-2 text-brand-800">{t("publicPage")}</Link>}
            <Link href={`/admin/editions/${e.id}/invitations`} className="rounded border border-brand-700 px-3 py-2 font-semibold text-brand-800">{t("invitations")}</Link>
            <Link href={`/admin/editions/${e.id}/registrations`} className="rounded border border-brand-700 px-3 py-2 font-semibold text-brand-800">{t("registrations")}</Link>
            <Link href={`/admin/editions/${e.id}/plan-next`} className="rounded bg-brand-700 px-3 py-2 font-semibold text-white">{t("planNext")}</Link>
          </div>
        }
      />
      <section aria-labelledby="status-heading" className="flex flex-col gap-3">
        <h2 id="status-heading" className="text-lg font-semibold">
          {t("status")} <StatusBadge label={te(`status.${e.status}`)} tone={EDITION_STATUS_TONE[e.status]} />
        </h2>
        <TransitionButtons id={e.id} next={nextStatuses(e.status)} wasPublic={!!e.announcedAt || e.status !== "DRAFT"} />
        {!e.announcedAt && (e.status === "DRAFT" || e.status === "CANCELLED") && <DeleteEditionButton id={e.id} locale={locale} />}
      </section>
      <section aria-labelledby="programme-heading" className="flex flex-col gap-3">
        <h2 id="programme-heading" className="text-lg font-semibold">{tp("title")}</h2>
        {clashes.map((c) => (
          <Alert key={`${c.a}-${c.b}-${c.kind}`} tone="info">
            {c.kind === "speaker" ? tp("clash.speakerNamed", { who: (c.speakerIds ?? []).map(speakerName).join(", "), a: titleOf(c.a), b: titleOf(c.b) }) : tp("clash.room", { a: titleOf(c.a), b: titleOf(c.b) })}
          </Alert>
        ))}
        {e.sessions.length === 0 ? (
          <p>{tp("empty")}</p>
        ) : (
          <ol className="flex flex-col gap-2">
            {e.sessions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-gray-300 p-3">
                <div>
                  <div className="font-semibold">{pickLocalized(s.title, locale)}</div>
                  <div className="text-sm text-gray-700">
                    {formatDateTimeRange(locale, s.startsAt, s.endsAt, e.timeZone)}
                    {s.room && ` · ${s.room}`}
                    {s.speakers.length > 0 && ` · ${s.speakers.map((p) => p.speaker.name).join(", ")}`}
                  </div>
                </div>
                <div className="flex flex-wrap items-start gap-2">
                  <details className="rounded border border-gray-300 px-2 py-1">
                    <summary className="cursor-pointer text-sm font-semibold text-brand-800">{tp("edit")}</summary>
                    <div className="mt-2 w-[min(90vw,48rem)]"><SessionForm editionId={e.id} session={sessionValues(s)} /></div>
                  </details>
                  <DeleteSessionButton id={s.id} label={tp("delete")} title={pickLocalized(s.title, locale)} />
                </div>
              </li>
            ))}
          </ol>
        )}
        <details className="rounded border border-gray-300 p-3">
          <summary className="cursor-pointer font-semibold">{tp("addSession")}</summary>
          <div className="mt-3">
            <SessionForm editionId={e.id} defaultStart={local(lastEnd)} defaultEnd={local(lastEnd ? new Date(lastEnd.getTime() + 3_600_000) : null)} />
          </div>
        </details>
      </section>
      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading" className="mb-3 text-lg font-semibold">{t("details")}</h2>
        <EditionForm
          locale={locale}
          mode="update"
          id={e.id}
          values={{
            seriesId: e.seriesId, number: e.number, theme: e.theme as Record<string, string>, venue: e.venue as Record<string, string> | null, city: e.city,
            timeZone: e.timeZone, startsAt: local(e.startsAt), endsAt: local(e.endsAt), capacity: e.capacity,
            registrationOpensAt: local(e.registrationOpensAt), registrationClosesAt: local(e.registrationClosesAt),
          }}
        />
      </section>
      <section aria-labelledby="audit-heading">
        <h2 id="audit-heading" className="mb-2 text-lg font-semibold">{t("history")}</h2>
        <form method="get" className="mb-3 flex flex-wrap items-end gap-2" aria-label={t("historyFilter")}>
          <FilterSelect name="history" label={t("historyShow")} value={h.history} any={t("historyAll")} options={HISTORY_KINDS.map((k) => ({ value: k, label: t(`historyKind.${k}`) }))} />
          <button type="submit" className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800">{t("historyApply")}</button>
        </form>
        <AuditTrail entries={audit} locale={locale} />
        {audit.more && (
          <p className="mt-2">
            <Link href={`/admin/editions/${e.id}?${new URLSearchParams({ ...(h.history ? { history: h.history } : {}), before: String(audit.at(-1)!.id) })}#history-heading`} className="text-brand-800 underline">{t("historyOlder")}</Link>
          </p>
        )}
      </section>
    </div>
  );
}
