import { describe, expect, it } from "vitest";
import { countryName, sortByCountryName } from "./names";
import { COUNTRIES } from "@/prisma/data/countries";

describe("country names", () => {
  it("names a country in the reader's language", () => {
    expect(countryName("CN", "en")).toBe("China");
    expect(countryName("CN", "fr")).toBe("Chine");
    expect(countryName("CN", "zh")).toBe("中国");
    expect(countryName("EG", "ar")).toBe("مصر");
    expect(countryName("RU", "ru")).toBe("Россия");
  });

  it("knows every UN member and observer state in all six languages", () => {
    for (const c of COUNTRIES) for (const l of ["en", "ar", "zh", "fr", "ru", "es"]) expect(countryName(c.alpha2, l), `${c.alpha2} ${l}`).not.toBe(c.alpha2);
  });

  it("sorts in protocol order of the chosen language", () => {
    const codes = ["CH", "CN", "DE", "EG", "FR", "TD", "AL"];
    // The names each order is made of, so every literal order below can be checked by eye.
    const names: Record<string, string[]> = {
      en: ["Switzerland", "China", "Germany", "Egypt", "France", "Chad", "Albania"],
      fr: ["Suisse", "Chine", "Allemagne", "Égypte", "France", "Tchad", "Albanie"],
      ru: ["Швейцария", "Китай", "Германия", "Египет", "Франция", "Чад", "Албания"],
      zh: ["瑞士", "中国", "德国", "埃及", "法国", "乍得", "阿尔巴尼亚"],
    };
    // Worked out by hand from the names above, not by the code under test.
    const expected: Record<string, string[]> = {
      en: ["AL", "TD", "CN", "EG", "FR", "DE", "CH"], // Albania, Chad, China, Egypt, France, Germany, Switzerland
      fr: ["AL", "DE", "CN", "EG", "FR", "CH", "TD"], // Albanie, Allemagne, Chine, Égypte, France, Suisse, Tchad
      ru: ["AL", "DE", "EG", "CN", "FR", "TD", "CH"], // Албания, Германия, Египет, Китай, Франция, Чад, Швейцария (А Г Е К Ф Ч Ш)
      zh: ["AL", "EG", "DE", "FR", "CH", "TD", "CN"], // pinyin: ā'ěrbāníyà, āijí, déguó, fǎguó, ruìshì, zhàdé, zhōngguó
    };
    expect(new Set(Object.values(expected).map((o) => o.join())).size).toBe(4); // four different orders

    for (const locale of Object.keys(expected)) {
      expect(codes.map((c) => countryName(c, locale)), `${locale} names`).toEqual(names[locale]);
      const collator = new Intl.Collator(locale);
      const byIntl = [...codes].sort((a, b) => collator.compare(countryName(a, locale), countryName(b, locale)));
      expect(byIntl, `${locale} order by Intl.Collator`).toEqual(expected[locale]);
      expect(sortByCountryName(codes, (c) => c, locale), `${locale} protocol order`).toEqual(expected[locale]);
      expect(sortByCountryName([...codes].reverse(), (c) => c, locale), `${locale} protocol order, reversed input`).toEqual(expected[locale]);
    }
  });

  it("collates with the chosen language's rules, not only its names", () => {
    // French and Russian names sort the same under an English collator (ICU's fr and ru rules
    // equal the root order for their own alphabets), so only Chinese can tell: an English
    // collator orders Han characters by code point, Chinese by pinyin.
    const codes = ["CH", "CN", "DE", "EG", "FR", "TD", "AL"];
    const english = new Intl.Collator("en");
    const zhNamesInEnglishOrder = [...codes].sort((a, b) => english.compare(countryName(a, "zh"), countryName(b, "zh")));
    expect(zhNamesInEnglishOrder).toEqual(["CN", "TD", "EG", "DE", "FR", "CH", "AL"]); // 中 乍 埃 德 法 瑞 阿: U+4E2D … U+963F
    expect(sortByCountryName(codes, (c) => c, "zh")).toEqual(["AL", "EG", "DE", "FR", "CH", "TD", "CN"]);
    expect(sortByCountryName(codes.map((code) => ({ code })), (c) => c.code, "zh").map((c) => c.code)).toEqual(["AL", "EG", "DE", "FR", "CH", "TD", "CN"]);
  });
});

describe("country data", () => {
  it("has the 193 member states and 2 observer states, with unique codes", () => {
    expect(COUNTRIES.filter((c) => c.unStatus === "MEMBER")).toHaveLength(193);
    expect(COUNTRIES.filter((c) => c.unStatus === "OBSERVER").map((c) => c.alpha2).sort()).toEqual(["PS", "VA"]);
    for (const key of ["alpha2", "alpha3", "numeric"] as const) expect(new Set(COUNTRIES.map((c) => c[key])).size).toBe(195);
  });
});
