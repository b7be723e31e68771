// Badges and visa letters as PDFs, read back as a reader would: the text with a real PDF
// extractor (name and country in English, Arabic and Chinese, in logical order), and the QR
// code decoded from the page's pixels (pdf.js on @napi-rs/canvas, then jsQR) — it holds the
// check-in token, which the server recognizes, and nothing else.
import jsQR from "jsqr";
import { afterAll, describe, expect, it } from "vitest";
import { closePdfPool, renderPdf } from "@/lib/pdf";
import { pdfPageRgba, pdfPageSizes, pdfText } from "@/lib/pdf/pdf-text";
import { countryName } from "@/lib/countries/names";
import type { Locale } from "@/lib/i18n/config";
import { badgesPdf } from "./pdf";
import { badgeToken, registrationOfBadge } from "./token";
import { visaLetterHtml } from "@/lib/registrations/visa/letter-pdf";
import type { VisaLetterData } from "@/lib/registrations/visa/data";

afterAll(() => closePdfPool());

const squash = (s: string) => s.replace(/\s+/g, "");
const PEOPLE: Record<"en" | "ar" | "zh", { givenName: string; familyName: string }> = {
  en: { givenName: "Mariama", familyName: "Sow" },
  ar: { givenName: "عمر", familyName: "فاروق" },
  zh: { givenName: "小明", familyName: "王" },
};

describe("badges", () => {
  for (const locale of ["en", "ar", "zh"] as const) {
    it(`hold the name and the country in ${locale}, in logical order, and a QR code with the check-in token`, async () => {
      const id = `cbadgetest${locale}0000000001`;
      const pdf = await badgesPdf(
        { locale, edition: "2nd International Seminar", people: [{ id, honorific: null, ...PEOPLE[locale], country: countryName("EG", locale), category: "DELEGATE", organization: null }] },
        "a6",
      );
      const text = squash((await pdfText(pdf)).join("\n"));
      expect(text).toContain(squash(PEOPLE[locale].givenName));
      expect(text).toContain(squash(PEOPLE[locale].familyName));
      expect(text).toContain(squash(countryName("EG", locale as Locale)));
      const [size] = await pdfPageSizes(pdf);
      expect(Math.round(size.width / 72 * 25.4)).toBe(105); // A6
      const { data, width, height } = await pdfPageRgba(pdf);
      const qr = jsQR(data, width, height);
      expect(qr?.data).toBe(badgeToken(id));
      expect(registrationOfBadge(qr?.data)).toBe(id);
      expect(qr?.data).not.toContain(PEOPLE[locale].familyName);
    }, 60_000);
  }

  it("refuses a token it did not make", () => {
    const real = badgeToken("cbadgetesten0000000001");
    expect(registrationOfBadge(real)).toBe("cbadgetesten0000000001");
    expect(registrationOfBadge(real.slice(0, -1) + (real.endsWith("A") ? "B" : "A"))).toBeNull();
    expect(registrationOfBadge("cbadgetesten0000000002." + real.split(".")[1])).toBeNull();
    expect(registrationOfBadge("<script>")).toBeNull();
  });

  it("print four to an A4 sheet", async () => {
    const people = Array.from({ length: 9 }, (_, i) => ({ id: `csheettest${String(i).padStart(12, "0")}`, honorific: null, givenName: "A", familyName: `B${i}`, country: "Egypt", category: "PRESS", organization: null }));
    const sizes = await pdfPageSizes(await badgesPdf({ locale: "en", edition: "E", people }, "sheet"));
    expect(sizes).toHaveLength(3);
    expect(Math.round(sizes[0].width / 72 * 25.4)).toBe(210);
  }, 60_000);
});

describe("visa letters", () => {
  for (const locale of ["en", "ar", "zh"] as const) {
    it(`hold the name, the nationality and the passport in ${locale}`, async () => {
      const v = {
        id: "r1", honorific: null, ...PEOPLE[locale], jobTitle: null, passportNumber: "A12345678", nationality: "EG", locale, status: "APPROVED", erasedAt: null,
        issue: { number: 7, version: 2, issuedAt: new Date("2027-10-01T02:00:00Z") }, visaLetters: [],
        edition: { number: 2, theme: { en: "Cooperation", ar: "التعاون", zh: "合作" }, startsAt: new Date("2027-11-09T01:00:00Z"), endsAt: new Date("2027-11-10T09:00:00Z"), timeZone: "Asia/Shanghai", city: "Beijing", series: { name: { en: "International Seminar" }, hostName: { en: "CIIS", ar: "المعهد", zh: "研究院" } } },
      } as unknown as VisaLetterData;
      const text = squash((await pdfText(await renderPdf(visaLetterHtml(v, locale)))).join("\n"));
      expect(text).toContain(squash(PEOPLE[locale].givenName));
      expect(text).toContain(squash(PEOPLE[locale].familyName));
      expect(text).toContain(squash(countryName("EG", locale)));
      expect(text).toContain("A12345678");
    }, 60_000);
  }
});
