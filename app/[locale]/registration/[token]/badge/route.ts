// The delegate's own badge through their personal link: approved registrations only.
import { resolveRegistrationLink } from "@/lib/registrations/link";
import { getBadge } from "@/lib/badges/data";
import { badgesResponse } from "@/lib/badges/pdf";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const link = await resolveRegistrationLink((await params).token);
  if (link.kind === "limited") return new Response("Too many requests", { status: 429, headers: { "Retry-After": "900" } });
  if (link.kind !== "ok") return new Response("Not found", { status: 404 });
  return badgesResponse(await getBadge(link.holder.registrationId), "a6", `badge-${link.holder.registrationId}.pdf`);
}
