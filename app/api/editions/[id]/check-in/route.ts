// The desk's list for one edition (GET): each badge's token hash and what the desk shows,
// kept by the check-in page in the browser so that it works offline. Check-in staff and the
// secretariat only; never cached.
import { PRIVATE_HEADERS, withRecord } from "@/lib/route-guard";
import { isLocale } from "@/lib/i18n/config";
import { getDeskList } from "@/lib/checkin/data";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withRecord("checkin.perform", params, async (id) => {
    const lang = new URL(request.url).searchParams.get("lang");
    const list = await getDeskList(id, isLocale(lang) ? lang : "en");
    return list ? Response.json(list, { headers: PRIVATE_HEADERS }) : new Response("Not found", { status: 404, headers: PRIVATE_HEADERS });
  });
}
