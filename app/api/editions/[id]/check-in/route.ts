// The desk's list for one edition (GET): each badge's token hash and what the desk shows,
// kept by the check-in page in the browser so that it works offline. Check-in staff and the
// secretariat only; never cached.
import { getActor } from "@/lib/auth";
import { can } from "@/lib/access/policy";
import { isLocale } from "@/lib/i18n/config";
import { getDeskList } from "@/lib/checkin/data";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" };

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: "UNAUTHENTICATED" }, { status: 401, headers: PRIVATE });
  if (!can(actor, "checkin.perform")) return Response.json({ error: "FORBIDDEN" }, { status: 403, headers: PRIVATE });
  const { id } = await params;
  const lang = new URL(request.url).searchParams.get("lang");
  const list = /^[a-z0-9]{1,40}$/.test(id) ? await getDeskList(id, isLocale(lang) ? lang : "en") : null;
  if (!list) return Response.json({ error: "NOT_FOUND" }, { status: 404, headers: PRIVATE });
  return Response.json(list, { headers: PRIVATE });
}
