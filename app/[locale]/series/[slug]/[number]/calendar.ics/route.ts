import { calendarResponse } from "@/lib/editions/ical-response";
import { editionParams, parseRouteParams } from "@/lib/params";

export async function GET(_req: Request, { params }: { params: Promise<{ locale: string; slug: string; number: string }> }) {
  const parsed = parseRouteParams(editionParams, await params);
  if (!parsed) return new Response("Not found", { status: 404 });
  return calendarResponse(parsed);
}
