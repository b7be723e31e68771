// The delegate's own visa letter through their personal link, once issued (approved only).
import { withRegistrationLink } from "@/lib/registrations/link";
import { getOwnRegistration } from "@/lib/registrations/data";
import { visaLetterResponse } from "@/lib/registrations/visa/letter-pdf";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return withRegistrationLink(params, async (registrationId) => {
    const r = await getOwnRegistration(registrationId);
    if (r?.status !== "APPROVED") return new Response("Not found", { status: 404 });
    return visaLetterResponse(r.id, new URL(request.url).searchParams.get("lang"));
  });
}
