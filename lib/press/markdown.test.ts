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

  it("links http(s), mailto, root-relative and #fragment targets, with the exact href", () => {
    const cases: [string, string][] = [
      ["[a](https://example.org/a)", "https://example.org/a"],
      ["[a](http://example.org/a?b=1&c=2)", "http://example.org/a?b=1&amp;c=2"],
      ["[a](HTTPS://example.org/)", "HTTPS://example.org/"],
      ["[a](mailto:press@example.org)", "mailto:press@example.org"],
      ["[a](/en/press/2030-opening)", "/en/press/2030-opening"],
      ["[a](#contacts)", "#contacts"],
    ];
    for (const [source, href] of cases) {
      expect(renderMarkdown(source), source).toBe(`<p><a href="${href}" rel="noopener noreferrer nofollow">a</a></p>\n`);
    }
    expect(renderMarkdown("Write to press@example.org")).toContain('<a href="mailto:press@example.org" rel="noopener noreferrer nofollow">press@example.org</a>');
  });

  // markdown-it alone would link every one of these (its own check refuses only
  // javascript:, vbscript:, file: and non-image data:); only our whitelist refuses them.
  it("does not link any other scheme, nor a document-relative path", () => {
    for (const url of ["ftp://example.org/f", "FTP://example.org/f", "tel:+8610123456", "sms:+8610123456", "ssh://host.example.org", "irc://irc.example.org/press", "zoommtg://zoom.us/join?confno=1", "data:image/png;base64,iVBORw0KGgo=", "evil.html", "admin/users", "file:///etc/passwd"]) {
      const source = `[a](${url})`;
      expect(renderMarkdown(source), url).toBe(`<p>${source.replace(/&/g, "&amp;")}</p>\n`);
    }
    expect(renderMarkdown("![a](data:image/png;base64,iVBORw0KGgo=)")).toBe("<p>![a](data:image/png;base64,iVBORw0KGgo=)</p>\n");
    expect(renderMarkdown("Mirror at ftp://example.org/f today")).toBe("<p>Mirror at ftp://example.org/f today</p>\n");
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

// Readers' privacy: an image from another address is a tracking pixel on the public page,
// in the feed and in the reviewer's live preview. Only images served by Plenary itself load.
describe("press release Markdown images", () => {
  it("shows images from this site's own root-relative paths, with the exact src", () => {
    expect(renderMarkdown("![Opening session](/press/2020-opening.jpg)")).toBe('<p><img src="/press/2020-opening.jpg" alt="Opening session"></p>\n');
    expect(renderMarkdown('![Hall](/images/hall.png "Main hall")')).toBe('<p><img src="/images/hall.png" alt="Hall" title="Main hall"></p>\n');
  });

  it.each([
    "http://tracker.example/pixel.gif",
    "https://tracker.example/pixel.gif",
    "HTTPS://tracker.example/pixel.gif",
    "//tracker.example/pixel.gif",
    "/\\tracker.example/pixel.gif",
    "data:image/png;base64,iVBORw0KGgo=",
    "data:image/svg+xml,%3Csvg%3E",
    "javascript:alert(1)",
    "press/relative.jpg",
    "ftp://tracker.example/pixel.gif",
  ])("never makes an image of %s: it shows the alt text instead", (src) => {
    const html = renderMarkdown(`Before ![the view](${src}) after`);
    expect(html).not.toContain("<img");
    expect(html).toContain("the view");
  });

  it("refuses reference-style images the same way", () => {
    expect(renderMarkdown("![the view][pixel]\n\n[pixel]: https://tracker.example/pixel.gif")).toBe("<p>the view</p>\n");
  });

  // Browsers drop a literal tab or newline inside a URL ("/\t/host" would become "//host");
  // markdown-it percent-encodes them first, so the src stays a path on this site.
  it("keeps a tab inside a root-relative destination encoded, a path on this site", () => {
    expect(renderMarkdown("![the view](</\t/tracker.example/pixel.gif>)")).toBe('<p><img src="/%09/tracker.example/pixel.gif" alt="the view"></p>\n');
  });

  it("drops a refused image inside a link, keeping the link and the alt text", () => {
    const html = renderMarkdown("[![logo](https://tracker.example/logo.png)](https://www.ciis.org.cn)");
    expect(html).toBe('<p><a href="https://www.ciis.org.cn" rel="noopener noreferrer nofollow">logo</a></p>\n');
  });

  it("escapes the alt text of a refused image", () => {
    const html = renderMarkdown("![<b>x</b> & y](https://tracker.example/p.gif)");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;b&gt;x&lt;/b&gt; &amp; y");
  });
});
