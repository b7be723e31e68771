// A release's public address from its headline, readable in any script: Latin as it is
// (accents dropped), Arabic and Cyrillic transliterated, Chinese as pinyin syllables.
import anyAscii from "any-ascii";

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
export const SLUG_SHAPE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_SLUG = 80;

export function slugFromTitle(title: string): string {
  // Han characters one syllable each ("中国" → "zhong-guo"), everything else as any-ascii writes it.
  const ascii = Array.from(title.normalize("NFC"))
    .map((ch) => (HAN.test(ch) ? ` ${anyAscii(ch)} ` : ch))
    .join("");
  const slug = anyAscii(ascii)
    .toLowerCase()
    .replace(/['`’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // Long headlines are cut at a word, not inside one.
  const cut = slug.length > MAX_SLUG ? slug.slice(0, MAX_SLUG + 1).replace(/-[^-]*$/, "") : slug;
  return cut.slice(0, MAX_SLUG).replace(/-+$/g, "") || "release";
}
