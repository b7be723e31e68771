// Everything held on the delegate, as JSON, through their personal link (the right of access).
import { withRegistrationLink } from "@/lib/registrations/link";
import { exportRegistration } from "@/lib/registrations/data";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  return withRegistrationLink(params, async (registrationId) => {
    const data = await exportRegistration(registrationId);
    if (!data) return new Response("Not found", { status: 404 });
    return new Response(JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="my-registration-${registrationId}.json"`,
        "Cache-Control": "private, no-store",
        "Referrer-Policy": "no-referrer",
        "X-Robots-Tag": "noindex",
      },
    });
  });
}
