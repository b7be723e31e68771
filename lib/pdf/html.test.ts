import { describe, expect, it } from "vitest";
import { bdi, escapeHtml, html, pdfDocument } from "./html";

const HOSTILE = `<img src=x onerror=alert(1)>"'&`;

describe("escapeHtml", () => {
  it("escapes the five characters that matter in text and attributes", () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe("a&amp;b&lt;c&gt;d&quot;e&#39;f");
    expect(escapeHtml("جمهورية 中华 plain")).toBe("جمهورية 中华 plain");
  });
});

describe("html", () => {
  it("escapes every interpolated value, arrays included, and keeps SafeHtml as is", () => {
    const items = ["<a>", "<b>"].map((s) => html`<li>${s}</li>`);
    expect(html`<p title="${HOSTILE}">${HOSTILE}</p><ul>${items}</ul>${null}${false}${7}`.toString()).toBe(
      `<p title="&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;">&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</p>` +
        `<ul><li>&lt;a&gt;</li><li>&lt;b&gt;</li></ul>7`,
    );
  });

  it("does not take a string that looks like SafeHtml for SafeHtml", () => {
    const fake = { toString: () => "<script>" } as unknown as string;
    expect(html`${fake}`.toString()).toBe("&lt;script&gt;");
  });
});

describe("bdi", () => {
  it("isolates an escaped Latin name left to right", () => {
    expect(bdi("<b>Smith</b>").toString()).toBe(`<bdi dir="ltr">&lt;b&gt;Smith&lt;/b&gt;</bdi>`);
    expect(bdi(2026).toString()).toBe(`<bdi dir="ltr">2026</bdi>`);
  });
});

describe("pdfDocument", () => {
  it("is a complete document with language, direction, escaped title and our fonts", () => {
    const doc = pdfDocument({ lang: "ar", title: HOSTILE, body: html`<p>${HOSTILE}</p>` });
    expect(doc).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">/);
    expect(doc).toContain("<title>&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</title>");
    expect(doc).toContain('<link rel="stylesheet" href="https://fonts.plenary.invalid/fonts.css">');
    expect(doc).toContain("@page { size: 210mm 297mm; margin: 20mm; }");
    expect(doc).not.toContain("<img");
  });

  it("lets the page size and margins change, and template CSS come last", () => {
    const doc = pdfDocument({ lang: "en", title: "Badge", body: html``, page: { size: "A6", landscape: true, margin: "0" }, css: "h1 { color: red }" });
    expect(doc).toContain('<html lang="en" dir="ltr">');
    expect(doc).toContain("@page { size: 148mm 105mm; margin: 0; }");
    expect(doc.indexOf("h1 { color: red }")).toBeGreaterThan(doc.indexOf("@page"));
    expect(() => pdfDocument({ lang: "en", title: "x", body: html``, css: "</style><script>" })).toThrow();
  });
});
