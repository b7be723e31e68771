// The participant list as CSV, with the page's filters, in the reader's language.
import { participantsDownload } from "@/lib/registrations/lists/download";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  return participantsDownload(request, params, "csv");
}
