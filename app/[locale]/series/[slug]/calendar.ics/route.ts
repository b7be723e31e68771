import { calendarResponse } from "@/lib/editions/ical-response";

export async function GET(_req: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return calendarResponse({ locale, slug });
}
