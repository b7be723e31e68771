// An audit trail in the reader's language: each entry's code and parameters go through
// audit.<code>; statuses and languages in the parameters are translated too.
import { getTranslations } from "next-intl/server";
import { LOCALE_NAMES, isLocale, type Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";

interface Entry {
  id: bigint | string;
  entityId?: string;
  at: Date;
  actorEmail: string | null;
  actorName?: string | null;
  action: string;
  data: unknown;
}

const STATUS_NAMESPACE: Record<string, "edition.status" | "newsroom.statusValue" | "registrations.statusValue"> = {
  "edition.transition": "edition.status",
  "press.transition": "newsroom.statusValue",
  "registration.decide": "registrations.statusValue",
  "registration.update": "registrations.statusValue",
};

/** An answer given through an invitation's secret link has no account to name. */
const viaLink = (e: Entry) => !!e.data && typeof e.data === "object" && (e.data as Record<string, unknown>).by === "link";

export async function AuditTrail({ entries, locale }: { entries: Entry[]; locale: Locale }) {
  const [t, ts, tp, tr] = await Promise.all([getTranslations("audit"), getTranslations("edition.status"), getTranslations("newsroom.statusValue"), getTranslations("registrations.statusValue")]);
  const describe = (e: Entry): string => {
    const raw = e.data && typeof e.data === "object" && !Array.isArray(e.data) ? (e.data as Record<string, unknown>) : {};
    const values: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(raw)) if (typeof v === "string" || typeof v === "number") values[k] = v;
    const ns = STATUS_NAMESPACE[e.action];
    for (const k of ["from", "to"] as const) {
      const v = values[k];
      const tn = ns === "edition.status" ? ts : ns === "registrations.statusValue" ? tr : tp;
      if (ns && typeof v === "string") values[k] = tn.has(v as never) ? tn(v as never) : v;
    }
    values.entity ??= String(e.entityId ?? "");
    if (typeof values.locale === "string") values.language = isLocale(values.locale) ? LOCALE_NAMES[values.locale] : values.locale;
    const key = e.action as never;
    return t.has(key) ? t(key, values as never) : t("unknown", { action: e.action });
  };
  return (
    <ul className="flex flex-col gap-1 text-sm text-gray-800">
      {entries.map((e) => (
        <li key={String(e.id)}>{t("byWhom", { when: formatDateTime(locale, e.at), who: e.actorName ?? e.actorEmail ?? (viaLink(e) ? t("linkHolder") : t("system")), what: describe(e) })}</li>
      ))}
    </ul>
  );
}
