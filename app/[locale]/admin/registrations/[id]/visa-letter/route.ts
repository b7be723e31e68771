// One participant's visa letter for the secretariat, once issued.
import { withRecord } from "@/lib/route-guard";
import { visaLetterResponse } from "@/lib/registrations/visa/letter-pdf";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withRecord("registrations.view", params, (id) => visaLetterResponse(id, new URL(request.url).searchParams.get("lang")));
}
