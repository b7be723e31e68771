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
    const codes = ["DE", "AL", "CN", "EG"];
    expect(sortByCountryName(codes, (c) => c, "en")).toEqual(["AL", "CN", "EG", "DE"]); // Albania, China, Egypt, Germany
    expect(sortByCountryName(codes, (c) => c, "fr")).toEqual(["AL", "DE", "CN", "EG"]); // Albanie, Allemagne, Chine, Égypte
  });
});

describe("country data", () => {
  it("has the 193 member states and 2 observer states, with unique codes", () => {
    expect(COUNTRIES.filter((c) => c.unStatus === "MEMBER")).toHaveLength(193);
    expect(COUNTRIES.filter((c) => c.unStatus === "OBSERVER").map((c) => c.alpha2).sort()).toEqual(["PS", "VA"]);
    for (const key of ["alpha2", "alpha3", "numeric"] as const) expect(new Set(COUNTRIES.map((c) => c[key])).size).toBe(195);
  });
});
