// The registration confirmation through the personal link: that registration's only.
import { resolveRegistrationLink } from "@/lib/registrations/link";
import { confirmationResponse } from "@/lib/registrations/confirmation-pdf";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const link = await resolveRegistrationLink((await params).token);
  if (link.kind === "limited") return new Response("Too many requests", { status: 429, headers: { "Retry-After": "900" } });
  if (link.kind !== "ok") return new Response("Not found", { status: 404 });
  return confirmationResponse(link.holder.registrationId);
}
