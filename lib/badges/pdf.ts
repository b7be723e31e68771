// Badges as PDF downloads (headless Chromium through lib/pdf).
import "server-only";
import { pdfDownload, renderPdf } from "@/lib/pdf";
import { badgesHtml, type BadgePerson } from "./badge-html";
import type { Locale } from "@/lib/i18n/config";

export async function badgesPdf(set: { locale: Locale; edition: string; people: BadgePerson[] }, layout: "a6" | "sheet"): Promise<Buffer> {
  // A whole edition's sheets (hundreds of badges) is one document: give it time.
  return renderPdf(await badgesHtml(set.people, { locale: set.locale, edition: set.edition, layout }), { timeoutMs: 30_000 + set.people.length * 200 });
}

export async function badgesResponse(set: { locale: Locale; edition: string; people: BadgePerson[] } | null, layout: "a6" | "sheet", fileName: string): Promise<Response> {
  if (!set || set.people.length === 0) return new Response("Not found", { status: 404 });
  return pdfDownload(await badgesPdf(set, layout), fileName);
}
