// The invitation letter for a signed-in focal point: their own country's invitations only.
import { getActor } from "@/lib/auth";
import { invitationFacts } from "@/lib/invitations/data";
import { recordIdParam } from "@/lib/params";
import { can } from "@/lib/invitations/policy";
import { letterResponse } from "@/lib/invitations/letter-pdf";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const id = recordIdParam.safeParse((await params).id);
  if (!id.success) return new Response("Not found", { status: 404 });
  const inv = await invitationFacts(id.data);
  // Someone else's invitation is "not found", not "forbidden": no hint that it exists.
  if (!inv || inv.revokedAt || inv.status === "NOT_SENT" || !can(actor, "view", inv)) return new Response("Not found", { status: 404 });
  return letterResponse(inv.id, new URL(request.url).searchParams.get("lang"));
}
