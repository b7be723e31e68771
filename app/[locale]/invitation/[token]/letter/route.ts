// The invitation letter through the secret link: the link's own invitation only.
import { resolveInvitationLink } from "@/lib/invitations/link";
import { letterResponse } from "@/lib/invitations/letter-pdf";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await resolveInvitationLink(token);
  if (link.kind === "limited") return new Response("Too many requests", { status: 429, headers: { "Retry-After": "900" } });
  if (link.kind !== "ok") return new Response("Not found", { status: 404 });
  return letterResponse(link.holder.invitationId, new URL(request.url).searchParams.get("lang"));
}
