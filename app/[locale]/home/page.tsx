import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { ROLE_HOME } from "@/lib/access/policy";
import { resolveLocale } from "@/lib/i18n/server";

/** After sign-in: each role's own home. */
export default async function RoleHome({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const actor = await requireActor({ locale, returnTo: `/${locale}/home` });
  redirect(`/${locale}${ROLE_HOME[actor.role]}`);
}
