import { calendarResponse } from "@/lib/editions/ical-response";
import { parseRouteParams, slugParams } from "@/lib/params";

// Cached, dropped on every instance when the series, edition or programme changes.
export const revalidate = 60;
export function generateStaticParams() {
  return []; // nothing at build time: rendered on first visit, then cached
}

export async function GET(_req: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const parsed = parseRouteParams(slugParams, await params);
  if (!parsed) return new Response("Not found", { status: 404 });
  return calendarResponse(parsed);
}
