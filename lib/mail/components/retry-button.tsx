"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { retryOutboxMessage } from "@/lib/mail/actions";
import type { ActionResult } from "@/lib/actions";

export function RetryButton({ id }: { id: string }) {
  const t = useTranslations("outbox");
  const tr = useTranslations("reasons");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(retryOutboxMessage, null);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="rounded border border-brand-700 px-2 py-0.5 text-sm text-brand-800 hover:bg-brand-50">
        {t("retry")}
      </button>
      <span role="status" className="text-sm">
        {state && (state.ok ? t("queued") : tr(state.reason as never))}
      </span>
    </form>
  );
}
