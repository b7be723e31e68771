// The registration confirmation through the personal link: that registration's only.
import { withRegistrationLink } from "@/lib/registrations/link";
import { confirmationResponse } from "@/lib/registrations/confirmation-pdf";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  return withRegistrationLink(params, async (registrationId) => {
    return confirmationResponse(registrationId);
  });
}
