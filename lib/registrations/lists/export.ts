// Participant lists as files, in the reader's language: CSV (formula injection neutralized,
// lib/csv) and XLSX (exceljs). The same columns in both.
import ExcelJS from "exceljs";
import { toCsv } from "@/lib/csv";
import { countryName } from "@/lib/countries/names";
import { translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/config";
import type { Participant } from "./data";

function table(rows: Participant[], locale: Locale): { header: string[]; body: (string | number)[][] } {
  const tf = translator(locale, "registrationForm");
  const tr = translator(locale, "registrations");
  const tb = translator(locale, "badge.category");
  const tp = translator(locale, "participants");
  const header = [
    tf("country"), tr("role"), tf("honorific"), tf("givenName"), tf("familyName"), tf("jobTitle"), tf("organization"), tp("category"), tr("status"),
    tf("email"), tf("phone"), tf("dietaryNeeds"), tf("accessibilityNeeds"), translator(locale, "registrationsAdmin")("visa"),
  ];
  const body = rows.map((r) => [
    r.countryCode ? countryName(r.countryCode, locale) : "", tr(`delegationRole.${r.delegationRole}` as never), r.honorific ?? "", r.givenName, r.familyName, r.jobTitle ?? "",
    r.organization ?? "", tb(r.badgeCategory as never), tr(`statusValue.${r.status}` as never), r.email, r.phone ?? "", r.dietaryNeeds ?? "", r.accessibilityNeeds ?? "",
    r.visaLetterNumber ?? (r.visaLetterRequested ? "…" : ""),
  ]);
  return { header, body };
}

export function participantsCsv(rows: Participant[], locale: Locale): string {
  const { header, body } = table(rows, locale);
  return toCsv([header, ...body]);
}

export async function participantsXlsx(rows: Participant[], locale: Locale, title: string): Promise<Buffer> {
  const { header, body } = table(rows, locale);
  const book = new ExcelJS.Workbook();
  book.creator = "Plenary";
  const sheet = book.addWorksheet(title.slice(0, 31).replace(/[\\/?*[\]:]/g, " "), { views: [{ rightToLeft: locale === "ar", state: "frozen", ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  // Plain values: exceljs writes a string as a string (a name like "=1+1" is never a formula).
  for (const row of body) sheet.addRow(row);
  sheet.columns.forEach((c) => (c.width = 22));
  return Buffer.from(await book.xlsx.writeBuffer());
}
