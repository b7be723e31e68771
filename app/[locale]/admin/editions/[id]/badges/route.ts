// Every approved delegate's badge, in protocol order: print sheets (four A6 badges to an A4
// page) or one A6 page each, in the asked language, optionally for one country or category.
import { withRecord } from "@/lib/route-guard";
import { isLocale } from "@/lib/i18n/config";
import { getEditionBadges } from "@/lib/badges/data";
import { badgesResponse } from "@/lib/badges/pdf";
import { BADGE_CATEGORIES } from "@/lib/registrations/schema";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  return withRecord("registrations.view", params, async (editionId) => {
    const p = await params;
    const q = new URL(request.url).searchParams;
    const lang = q.get("lang") ?? p.locale;
    const country = /^[A-Z]{2}$/.test(q.get("country") ?? "") ? q.get("country")! : undefined;
    const category = (BADGE_CATEGORIES as readonly string[]).includes(q.get("category") ?? "") ? q.get("category")! : undefined;
    const set = await getEditionBadges(editionId, isLocale(lang) ? lang : "en", { country, category });
    const layout = q.get("layout") === "a6" ? "a6" : "sheet";
    return badgesResponse(set, layout, `badges-${editionId}${country ? `-${country}` : ""}.pdf`);
  });
}
