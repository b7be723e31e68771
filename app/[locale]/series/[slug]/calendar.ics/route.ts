import { calendarResponse } from "@/lib/editions/ical-response";
import { parseRouteParams, slugParams } from "@/lib/params";

export async function GET(_req: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const parsed = parseRouteParams(slugParams, await params);
  if (!parsed) return new Response("Not found", { status: 404 });
  return calendarResponse(parsed);
}
