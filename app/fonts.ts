// The page fonts, self-hosted from @fontsource and cut by script: each reader's browser loads
// only the subsets its page uses, Latin is preloaded, and `display: optional` never swaps a
// font in after the text is shown (no layout shift; a slow first visit keeps the system font).
import localFont from "next/font/local";

// next/font reads these calls at build time: every value is written out (no constants). The
// unicode ranges are @fontsource's own for each subset.


export const latin = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2", weight: "600", style: "normal" },
  ],
  variable: "--font-latin",
  display: "optional",
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD" }],
});

export const latinExt = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2", weight: "600", style: "normal" },
  ],
  variable: "--font-latin-ext",
  display: "optional",
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF" }],
});

export const cyrillic = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2", weight: "600", style: "normal" },
  ],
  variable: "--font-cyrillic",
  display: "optional",
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116" }],
});

export const arabic = localFont({
  src: [
    { path: "../node_modules/@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/vazirmatn/files/vazirmatn-arabic-600-normal.woff2", weight: "600", style: "normal" },
  ],
  variable: "--font-arabic",
  display: "optional",
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC" }],
});

/** The classes that define the four variables, for <html>. */
export const FONT_VARIABLES = [latin.variable, latinExt.variable, cyrillic.variable, arabic.variable].join(" ");
