import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("press release Markdown", () => {
  it("renders headings, emphasis, lists and links", () => {
    const html = renderMarkdown("# Title\n\n**Bold** and *it*\n\n- a\n- b\n\n[CIIS](https://www.ciis.org.cn)");
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain("<li>a</li>");
    expect(html).toContain('<a href="https://www.ciis.org.cn" rel="noopener noreferrer nofollow">CIIS</a>');
  });

  it("shows a <script> as text, never as a script", () => {
    const html = renderMarkdown("Hello <script>alert(1)</script>");
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("does not link javascript:, vbscript: or data: URLs", () => {
    for (const url of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=", " javascript:alert(1)"]) {
      const html = renderMarkdown(`[click](${url})`);
      expect(html, url).not.toMatch(/<a /);
    }
  });

  it("keeps raw HTML inert: attributes and iframes stay text", () => {
    const html = renderMarkdown('<img src=x onerror="alert(1)">\n\n<iframe src="https://evil.example"></iframe>\n\n<a href="javascript:alert(1)">x</a>');
    expect(html).not.toMatch(/<img|<iframe/);
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain("&lt;img src=x onerror=");
    expect(html).toContain("&lt;iframe");
  });

  it("does not turn an image with a javascript: source into an image", () => {
    expect(renderMarkdown("![x](javascript:alert(1))")).not.toContain("<img");
  });
});
