import { calendarResponse } from "@/lib/editions/ical-response";

export async function GET(_req: Request, { params }: { params: Promise<{ locale: string; slug: string; number: string }> }) {
  const { locale, slug, number } = await params;
  const n = Number(number);
  if (!Number.isInteger(n) || n < 1) return new Response("Not found", { status: 404 });
  return calendarResponse({ locale, slug, number: n });
}
