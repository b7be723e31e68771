import type { ReactNode } from "react";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { ADMIN_NAV, can } from "@/lib/access/policy";
import { Link } from "@/lib/i18n/navigation";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { resolveLocale } from "@/lib/i18n/server";

export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const actor = await requireActor({ locale, returnTo: `/${locale}/admin` });
  const items = ADMIN_NAV.filter((i) => can(actor, i.permission));
  if (items.length === 0) forbidden();
  const t = await getTranslations("admin.nav");
  const tn = await getTranslations("nav");
  return (
    <div className="flex flex-col gap-6 md:flex-row">
      <nav aria-label={tn("adminNav")} className="no-print md:w-52 md:shrink-0">
        <ul className="flex flex-wrap gap-2 md:flex-col">
          {items.map((i) => (
            <li key={i.key}>
              <Link href={i.href} className="block rounded px-3 py-2 text-brand-800 hover:bg-brand-50">
                {t(i.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 flex-1">
        <ClientMessages namespaces={["reasons", "validation", "form", "outbox", "seriesAdmin", "editionAdmin", "programme", "newsroom", "invitationsAdmin"]}>{children}</ClientMessages>
      </div>
    </div>
  );
}
