// One participant's badge for the secretariat (approved only), in any of the six languages.
import { withRecord } from "@/lib/route-guard";
import { isLocale } from "@/lib/i18n/config";
import { getBadge } from "@/lib/badges/data";
import { badgesResponse } from "@/lib/badges/pdf";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withRecord("registrations.view", params, async (id) => {
    const lang = new URL(request.url).searchParams.get("lang");
    return badgesResponse(await getBadge(id, isLocale(lang) ? lang : undefined), "a6", `badge-${id}.pdf`);
  });
}
