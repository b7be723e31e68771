import { describe, expect, it } from "vitest";
import { editionFilter, editionParams, MAX_SEARCH_LENGTH, newsQuery, signInQuery, slugParams } from "./params";

describe("route parameters", () => {
  it("takes the slugs Plenary writes", () => {
    expect(slugParams.parse({ locale: "ar", slug: "joint-response-to-terrorism" })).toEqual({ locale: "ar", slug: "joint-response-to-terrorism" });
    expect(slugParams.safeParse({ locale: "en", slug: `seminar-2020-${"a".repeat(80)}-1a2b3c` }).success).toBe(true);
  });

  it.each(["", "a\u0000b", "\u0000", "A-Series", "a--b", "-a", "a-", "a b", "a/b", "..", "a.b", "\ufffd", "a".repeat(101)])("refuses the slug %j", (slug) => {
    expect(slugParams.safeParse({ locale: "en", slug }).success).toBe(false);
  });

  it.each(["xx", "EN", "en\u0000", "", "__proto__"])("refuses the locale %j", (locale) => {
    expect(slugParams.safeParse({ locale, slug: "a" }).success).toBe(false);
  });

  it("takes edition numbers 1 to 999, as integers", () => {
    for (const n of [1, 2, 10, 99, 999]) expect(editionParams.parse({ locale: "en", slug: "a", number: String(n) }).number).toBe(n);
  });

  // Number() would take most of these: "1e3" is 1000, "0x1F" 31, " 1" 1; and 2^31, 2^63 and
  // 10^20 overflow the integer column the query compares with.
  it.each(["0", "-1", "+1", "1000", "01", "1.0", "1.5", "1e3", "0x1F", " 1", "1 ", "NaN", "Infinity", "", "2147483648", "9223372036854775808", "99999999999999999999", "1\u0000"])(
    "refuses the edition number %j",
    (number) => {
      expect(editionParams.safeParse({ locale: "en", slug: "a", number }).success).toBe(false);
    },
  );

  it("refuses a repeated parameter (an array)", () => {
    expect(slugParams.safeParse({ locale: "en", slug: ["a", "b"] }).success).toBe(false);
  });
});

describe("the newsroom's query", () => {
  it("keeps an ordinary search, trimmed", () => {
    expect(newsQuery.parse({ q: "  Terrorism  " })).toEqual({ q: "Terrorism", edition: undefined });
  });

  it("turns control characters, NUL included, into spaces", () => {
    expect(newsQuery.parse({ q: "a\u0000b\u0007c\u009fd\r\ne" }).q).toBe("a b c d  e");
    expect(newsQuery.parse({ q: "\u0000" }).q).toBeUndefined();
  });

  it(`cuts a search to ${MAX_SEARCH_LENGTH} characters, never inside a surrogate pair`, () => {
    expect(newsQuery.parse({ q: "x".repeat(60_000) }).q).toHaveLength(MAX_SEARCH_LENGTH);
    const emoji = newsQuery.parse({ q: `a${"😀".repeat(300)}` }).q!; // cut by UTF-16 units, the last pair would split
    expect(Array.from(emoji)).toHaveLength(MAX_SEARCH_LENGTH);
    expect(() => encodeURIComponent(emoji)).not.toThrow(); // it throws on a lone surrogate
  });

  it("ignores a repeated search or filter, and anything that is not text", () => {
    expect(newsQuery.parse({ q: ["a", "b"], edition: ["x:1", "y:2"] })).toEqual({ q: undefined, edition: undefined });
    expect(newsQuery.parse({ q: 5 })).toEqual({ q: undefined, edition: undefined });
  });

  it("reads the edition filter as series slug and number", () => {
    expect(editionFilter.parse("joint-response-to-terrorism:2")).toEqual({ seriesSlug: "joint-response-to-terrorism", number: 2 });
  });

  it.each(["", ":", "a", "a:", ":1", "a:0", "a:1000", "a:1e3", "a:99999999999999999999", "a:1:2", "A:1", "a\u0000:1", "a:1\u0000"])("ignores the edition filter %j", (edition) => {
    expect(editionFilter.parse(edition)).toBeUndefined();
  });
});

describe("the sign-in page's query", () => {
  it("keeps a return path and notes a failed link", () => {
    expect(signInQuery.parse({ callbackUrl: "/en/admin", error: "Verification" })).toEqual({ callbackUrl: "/en/admin", error: true });
    expect(signInQuery.parse({})).toEqual({ callbackUrl: undefined, error: false });
  });

  it("ignores a return path that is repeated, too long or holds control characters", () => {
    for (const callbackUrl of [["/en", "/fr"], "/en/\u0000", "/en\r\nX: y", `/en/${"a".repeat(600)}`]) expect(signInQuery.parse({ callbackUrl }).callbackUrl).toBeUndefined();
  });
});
