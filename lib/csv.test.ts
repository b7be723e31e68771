import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("CSV", () => {
  it("keeps formulas as text: a leading = + - @, tab or CR gets an apostrophe", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const lead of ["+", "-", "@", "\t", "\r"]) expect(csvCell(`${lead}1`)).toBe(`"'${lead}1"`);
    expect(csvCell("Mariama = Sow")).toBe('"Mariama = Sow"');
  });

  it("quotes every field, doubles quotes, starts with a BOM and ends lines with CRLF", () => {
    expect(toCsv([["a", 'b"c', null], ["عمر", "王"]])).toBe('\uFEFF"a","b""c",""\r\n"عمر","王"\r\n');
  });
});
