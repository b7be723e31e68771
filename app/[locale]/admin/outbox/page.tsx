import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { listOutbox } from "@/lib/mail/data";
import { formatDateTime } from "@/lib/i18n/format";
import { RetryButton } from "@/lib/mail/components/retry-button";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
import { OUTBOX_STATUS_TONE } from "@/lib/mail/status";
import { SECRET_LINK } from "@/lib/mail/secret";
import { Alert } from "@/components/ui/alert";
import { resolveLocale } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export default async function OutboxPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  await requireActor({ locale, permission: "outbox.view", returnTo: `/${locale}/admin/outbox` });
  const t = await getTranslations("outbox");
  const { messages, counts } = await listOutbox();
  return (
    <div>
      <PageHeader title={t("title")} intro={t("intro")} />
      {!process.env.SMTP_URL && (
        <div className="mb-4">
          <Alert tone="info">{t("noSmtp")}</Alert>
        </div>
      )}
      <p className="mb-4 text-gray-800">
        {t("counts", { pending: counts.PENDING ?? 0, sent: counts.SENT ?? 0, failed: counts.FAILED ?? 0 })}
      </p>
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable caption={t("title")} columns={[{ label: t("created") }, { label: t("to") }, { label: t("subject") }, { label: t("status") }, { label: t("actions"), hidden: true }]}>
            {messages.map((m) => (
              <tr key={m.id} className="border-b border-gray-200 align-top">
                <td className="py-1.5 text-sm">{formatDateTime(locale, m.createdAt)}</td>
                <td className="py-1.5 text-sm">{m.toAddress}</td>
                <td className="py-1.5">
                  <details>
                    <summary className="cursor-pointer">{m.subject}</summary>
                    <pre className="mt-2 whitespace-pre-wrap text-sm text-gray-800">{m.textBody.replaceAll(SECRET_LINK, t("secretLink"))}</pre>
                  </details>
                  {m.lastError && <div className="text-sm text-red-800">{t("lastError", { error: m.lastError, attempts: m.attempts })}</div>}
                </td>
                <td className="py-1.5">
                  <StatusBadge label={t(`statusValue.${m.status}`)} tone={OUTBOX_STATUS_TONE[m.status]} />
                </td>
                <td className="py-1.5">{(m.status === "PENDING" || m.status === "FAILED") && <RetryButton id={m.id} />}</td>
              </tr>
            ))}
        </DataTable>
      )}
    </div>
  );
}
