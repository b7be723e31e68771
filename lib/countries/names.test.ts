import { describe, expect, it } from "vitest";
import { countriesInGroup, countryName, regionalGroupOf, sortByCountryName } from "./names";
import { COUNTRIES, REGIONAL_GROUPS } from "@/prisma/data/countries";

const SIX = ["en", "ar", "zh", "fr", "ru", "es"] as const;

describe("country names", () => {
  it("names a country in the reader's language, as the UN does", () => {
    expect(countryName("CN", "en")).toBe("China");
    expect(countryName("CN", "fr")).toBe("Chine");
    expect(countryName("CN", "zh")).toBe("中国");
    expect(countryName("EG", "ar")).toBe("مصر");
    expect(countryName("PK", "en")).toBe("Pakistan");
    // Not CLDR's "Congo - Kinshasa", "Cape Verde", "Russia", "Россия".
    expect(countryName("CD", "en")).toBe("Democratic Republic of the Congo");
    expect(countryName("CV", "en")).toBe("Cabo Verde");
    expect(countryName("CV", "fr")).toBe("Cabo Verde");
    expect(countryName("RU", "en")).toBe("Russian Federation");
    expect(countryName("RU", "ru")).toBe("Российская Федерация");
    expect(countryName("TR", "en")).toBe("Türkiye");
    expect(countryName("CI", "en")).toBe("Côte d’Ivoire"); // M49's typographic apostrophe
  });

  it("has the M49 names in Arabic, Chinese, Russian and Spanish", () => {
    // Read in github:fawno/UN-M49 src/<Language>/ISOalpha3Names.php.
    expect(countryName("SA", "ar")).toBe("المملكة العربية السعودية");
    expect(countryName("CD", "ar")).toBe("جمهورية الكونغو الديمقراطية");
    expect(countryName("GB", "zh")).toBe("大不列颠及北爱尔兰联合王国");
    expect(countryName("US", "zh")).toBe("美利坚合众国");
    expect(countryName("KP", "ru")).toBe("Корейская Народно-Демократическая Республика");
    expect(countryName("VA", "ru")).toBe("Святой Престол");
    expect(countryName("PS", "es")).toBe("Estado de Palestina");
  });

  it("reads other locales in English and unknown codes as the fallback", () => {
    expect(countryName("CD", "de")).toBe("Democratic Republic of the Congo");
    expect(countryName("CD", "fr-CH")).toBe("République démocratique du Congo");
    expect(countryName("XK", "en")).toBe("XK");
    expect(countryName("XK", "en", "Kosovo")).toBe("Kosovo");
  });

  it("knows every UN member and observer state in all six languages", () => {
    for (const c of COUNTRIES) {
      expect(c.nameEn, c.alpha2).toBe(c.names.en);
      for (const l of SIX) {
        const name = countryName(c.alpha2, l);
        expect(name, `${c.alpha2} ${l}`).not.toBe(c.alpha2);
        expect(name, `${c.alpha2} ${l}`).toBe(name.trim());
        expect(name.length, `${c.alpha2} ${l}`).toBeGreaterThan(1);
      }
    }
  });

  it("sorts in protocol order of the chosen language", () => {
    const codes = ["CH", "CN", "DE", "EG", "FR", "TD", "AL", "RU"];
    // The names each order is made of, so every literal order below can be checked by eye.
    const names: Record<string, string[]> = {
      en: ["Switzerland", "China", "Germany", "Egypt", "France", "Chad", "Albania", "Russian Federation"],
      fr: ["Suisse", "Chine", "Allemagne", "Égypte", "France", "Tchad", "Albanie", "Fédération de Russie"],
      ru: ["Швейцария", "Китай", "Германия", "Египет", "Франция", "Чад", "Албания", "Российская Федерация"],
      zh: ["瑞士", "中国", "德国", "埃及", "法国", "乍得", "阿尔巴尼亚", "俄罗斯联邦"],
    };
    // Worked out by hand from the names above, not by the code under test.
    const expected: Record<string, string[]> = {
      en: ["AL", "TD", "CN", "EG", "FR", "DE", "RU", "CH"], // Albania, Chad, China, Egypt, France, Germany, Russian Federation, Switzerland
      fr: ["AL", "DE", "CN", "EG", "RU", "FR", "CH", "TD"], // Albanie, Allemagne, Chine, Égypte, Fédération de Russie (Fé < Fr), France, Suisse, Tchad
      ru: ["AL", "DE", "EG", "CN", "RU", "FR", "TD", "CH"], // Албания, Германия, Египет, Китай, Российская Федерация, Франция, Чад, Швейцария (А Г Е К Р Ф Ч Ш)
      zh: ["AL", "EG", "DE", "RU", "FR", "CH", "TD", "CN"], // pinyin: ā'ěrbāníyà, āijí, déguó, éluósī liánbāng, fǎguó, ruìshì, zhàdé, zhōngguó
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
    const codes = ["CH", "CN", "DE", "EG", "FR", "TD", "AL", "RU"];
    const english = new Intl.Collator("en");
    const zhNamesInEnglishOrder = [...codes].sort((a, b) => english.compare(countryName(a, "zh"), countryName(b, "zh")));
    expect(zhNamesInEnglishOrder).toEqual(["CN", "TD", "RU", "EG", "DE", "FR", "CH", "AL"]); // 中 乍 俄 埃 德 法 瑞 阿: U+4E2D U+4E4D U+4FC4 U+57C3 U+5FB7 U+6CD5 U+745E U+963F
    expect(sortByCountryName(codes, (c) => c, "zh")).toEqual(["AL", "EG", "DE", "RU", "FR", "CH", "TD", "CN"]);
    expect(sortByCountryName(codes.map((code) => ({ code })), (c) => c.code, "zh").map((c) => c.code)).toEqual(["AL", "EG", "DE", "RU", "FR", "CH", "TD", "CN"]);
  });
});

describe("regional groups", () => {
  const members = COUNTRIES.filter((c) => c.unStatus === "MEMBER");
  const membersIn = (group: string) => members.filter((c) => c.group === group).length;

  it("puts every member state in one group, with the counts of the General Assembly's groups", () => {
    expect(members.filter((c) => c.group === null)).toEqual([]);
    expect(membersIn("AFRICAN")).toBe(54);
    expect(membersIn("ASIA_PACIFIC")).toBe(54); // Türkiye counted in WEOG; see the data file
    expect(membersIn("EASTERN_EUROPEAN")).toBe(23);
    expect(membersIn("LATIN_AMERICAN_CARIBBEAN")).toBe(33);
    expect(membersIn("WESTERN_EUROPEAN_OTHERS")).toBe(29); // 27 + Israel + the United States (observer, counted for elections)
    expect(REGIONAL_GROUPS.map(membersIn).reduce((a, b) => a + b)).toBe(193);
  });

  it("places the edge cases by the documented rules", () => {
    expect(regionalGroupOf("TR")).toBe("WESTERN_EUROPEAN_OTHERS");
    expect(regionalGroupOf("US")).toBe("WESTERN_EUROPEAN_OTHERS");
    expect(regionalGroupOf("IL")).toBe("WESTERN_EUROPEAN_OTHERS");
    expect(regionalGroupOf("KI")).toBe("ASIA_PACIFIC");
    expect(regionalGroupOf("CY")).toBe("ASIA_PACIFIC");
    expect(regionalGroupOf("PS")).toBe("ASIA_PACIFIC");
    expect(regionalGroupOf("VA")).toBeNull();
    expect(regionalGroupOf("XK")).toBeNull();
  });

  it("lists a group's states by alpha-2 code", () => {
    const african = countriesInGroup("AFRICAN");
    expect(african).toHaveLength(54);
    expect(african).toEqual(expect.arrayContaining(["NG", "ZA", "EG"]));
    expect(african).not.toContain("VA");
    expect(countriesInGroup("ASIA_PACIFIC")).toHaveLength(55); // 54 member states and the State of Palestine
    expect(REGIONAL_GROUPS.flatMap(countriesInGroup).sort()).toEqual(COUNTRIES.filter((c) => c.alpha2 !== "VA").map((c) => c.alpha2).sort());
  });
});

describe("country data", () => {
  it("has the 193 member states and 2 observer states, with unique codes", () => {
    expect(COUNTRIES.filter((c) => c.unStatus === "MEMBER")).toHaveLength(193);
    expect(COUNTRIES.filter((c) => c.unStatus === "OBSERVER").map((c) => c.alpha2).sort()).toEqual(["PS", "VA"]);
    for (const key of ["alpha2", "alpha3", "numeric"] as const) expect(new Set(COUNTRIES.map((c) => c[key])).size).toBe(195);
  });
});
