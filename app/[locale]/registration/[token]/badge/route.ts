// The delegate's own badge through their personal link: approved registrations only.
import { withRegistrationLink } from "@/lib/registrations/link";
import { getBadge } from "@/lib/badges/data";
import { badgesResponse } from "@/lib/badges/pdf";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  return withRegistrationLink(params, async (registrationId) => {
    return badgesResponse(await getBadge(registrationId), "a6", `badge-${registrationId}.pdf`);
  });
}
