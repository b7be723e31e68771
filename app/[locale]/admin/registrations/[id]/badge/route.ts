// One participant's badge for the secretariat (approved only), in any of the six languages.
import { actorWith } from "@/lib/route-guard";
import { recordIdParam } from "@/lib/params";
import { isLocale } from "@/lib/i18n/config";
import { getBadge } from "@/lib/badges/data";
import { badgesResponse } from "@/lib/badges/pdf";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await actorWith("registrations.view");
  if (actor instanceof Response) return actor;
  const id = recordIdParam.safeParse((await params).id);
  if (!id.success) return new Response("Not found", { status: 404 });
  const lang = new URL(request.url).searchParams.get("lang");
  return badgesResponse(await getBadge(id.data, isLocale(lang) ? lang : undefined), "a6", `badge-${id.data}.pdf`);
}
