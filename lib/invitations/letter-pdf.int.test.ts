// The invitation letter as a PDF, read back with a real PDF text extractor (pdfjs): the
// country's name and the edition's theme are there in English, Arabic and Chinese, in
// logical order, with the reference and the link. No database: the letter is built from facts.
import { afterAll, describe, expect, it } from "vitest";
import { closePdfPool } from "@/lib/pdf";
import { pdfText } from "@/lib/pdf/pdf-text";
import { countryName } from "@/lib/countries/names";
import type { Locale } from "@/lib/i18n/config";
import { buildLetter, type LetterSource } from "./letter";
import { letterHtml, letterPdf } from "./letter-pdf";

const THEME = { en: "Working together for a shared future", ar: "العمل معا من أجل مستقبل مشترك", zh: "携手共创未来" };
const source = (over: Partial<LetterSource["invitation"]> = {}): LetterSource => ({
  invitation: { id: "inv1", quota: 3, countryCode: "PK", organization: null, focalPointName: "Ayesha Khan", sentAt: new Date("2027-09-01T00:00:00Z"), ...over },
  edition: { number: 2, theme: THEME, venue: { en: "CIIS, Beijing", ar: "المعهد الصيني للدراسات الدولية، بكين", zh: "中国国际问题研究院，北京" }, city: null, startsAt: new Date("2027-11-09T01:00:00Z"), endsAt: new Date("2027-11-10T09:00:00Z"), timeZone: "Asia/Shanghai", registrationClosesAt: new Date("2027-10-15T09:00:00Z") },
  series: { slug: "international-seminar-cooperation", name: { en: "International Seminar", ar: "الندوة الدولية", zh: "国际研讨会" }, hostName: { en: "China Institute of International Studies", ar: "المعهد الصيني للدراسات الدولية", zh: "中国国际问题研究院" } },
  alpha3: "PAK",
});
const LINK = "https://plenary.example/ar/invitation/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";

afterAll(() => closePdfPool());

describe("the invitation letter as PDF", () => {
  for (const locale of ["en", "ar", "zh"] as Locale[]) {
    it(`holds the country's name and the theme in ${locale}, in logical order`, async () => {
      const letter = buildLetter(source(), locale, LINK);
      const text = (await pdfText(await letterPdf(letter))).join("\n");
      const squash = (s: string) => s.replace(/\s+/g, "");
      expect(squash(text)).toContain(squash(countryName("PK", locale)));
      expect(squash(text)).toContain(squash(THEME[locale as "en" | "ar" | "zh"]));
      expect(text).toContain("ISC/2/PAK");
      expect(squash(text)).toContain(squash(LINK));
    }, 30_000);
  }

  it("names an organization by its own name, and escapes what the focal point typed", () => {
    const letter = buildLetter({ ...source({ countryCode: null, organization: { acronym: "AU", names: { en: "African Union", fr: "Union africaine" } }, focalPointName: "<script>x</script>" }), alpha3: null }, "fr", null);
    expect(letter.invitee).toBe("Union africaine");
    expect(letter.reference).toBe("ISC/2/AU");
    const doc = letterHtml(letter);
    expect(doc).not.toContain("<script>x");
    expect(doc).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(letter.link).toBeNull();
  });
});
