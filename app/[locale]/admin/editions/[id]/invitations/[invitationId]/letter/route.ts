// The invitation letter for the organizer, in any of the six languages.
import { getActor } from "@/lib/auth";
import { invitationFacts } from "@/lib/invitations/data";
import { recordIdParam } from "@/lib/params";
import { can } from "@/lib/invitations/policy";
import { letterResponse } from "@/lib/invitations/letter-pdf";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string; invitationId: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const p = await params;
  const ids = [recordIdParam.safeParse(p.id), recordIdParam.safeParse(p.invitationId)];
  if (!ids[0].success || !ids[1].success) return new Response("Not found", { status: 404 });
  const inv = await invitationFacts(ids[1].data);
  if (!inv || inv.editionId !== ids[0].data) return new Response("Not found", { status: 404 });
  if (!can(actor, "manage", inv)) return new Response("Forbidden", { status: 403 });
  return letterResponse(inv.id, new URL(request.url).searchParams.get("lang"));
}
