// One participant's visa letter for the secretariat, once issued.
import { actorWith } from "@/lib/route-guard";
import { recordIdParam } from "@/lib/params";
import { visaLetterResponse } from "@/lib/registrations/visa/letter-pdf";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await actorWith("registrations.view");
  if (actor instanceof Response) return actor;
  const id = recordIdParam.safeParse((await params).id);
  if (!id.success) return new Response("Not found", { status: 404 });
  return visaLetterResponse(id.data, new URL(request.url).searchParams.get("lang"));
}
