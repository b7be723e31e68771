// The delegate's own visa letter through their personal link, once issued (approved only).
import { resolveRegistrationLink } from "@/lib/registrations/link";
import { getOwnRegistration } from "@/lib/registrations/data";
import { visaLetterResponse } from "@/lib/registrations/visa/letter-pdf";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const link = await resolveRegistrationLink((await params).token);
  if (link.kind === "limited") return new Response("Too many requests", { status: 429, headers: { "Retry-After": "900" } });
  if (link.kind !== "ok") return new Response("Not found", { status: 404 });
  const r = await getOwnRegistration(link.holder.registrationId);
  if (r?.status !== "APPROVED") return new Response("Not found", { status: 404 });
  return visaLetterResponse(r.id, new URL(request.url).searchParams.get("lang"));
}
