// The participant list as a download (CSV or XLSX), with the page's filters, in the reader's
// language: the secretariat's only (registrations.view).
import "server-only";
import { PRIVATE_HEADERS, withRecord } from "@/lib/route-guard";
import { isLocale } from "@/lib/i18n/config";
import { participantFilter } from "../schema";
import { listParticipants } from "./data";
import { participantsCsv, participantsXlsx } from "./export";

const TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };

export async function participantsDownload(request: Request, params: Promise<{ locale: string; id: string }>, format: "csv" | "xlsx"): Promise<Response> {
  return withRecord("registrations.view", params, async (editionId) => {
    const p = await params;
    const f = participantFilter.parse(Object.fromEntries(new URL(request.url).searchParams));
    const locale = f.lang ?? (isLocale(p.locale) ? p.locale : "en");
    const list = await listParticipants(editionId, f, locale);
    if (!list) return new Response("Not found", { status: 404 });
    const body = format === "csv" ? participantsCsv(list.rows, locale) : new Uint8Array(await participantsXlsx(list.rows, locale, `${list.edition.series.slug}-${list.edition.number}`));
    return new Response(body, {
      headers: { ...PRIVATE_HEADERS, "Content-Type": TYPES[format], "Content-Disposition": `attachment; filename="participants-${list.edition.number}-${locale}.${format}"` },
    });
  });
}
