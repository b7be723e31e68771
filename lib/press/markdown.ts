// Markdown for press releases, rendered safely: raw HTML is shown as text, links are only
// http(s) or mailto, and every link opens without giving the target page a handle on ours.
// Images load only from this site: an image elsewhere would tell a third party who reads
// the release, when and from where (a tracking pixel), on the public page, in the feed and
// in the reviewer's live preview.
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });

const SAFE_LINK = /^(https?:|mailto:)/i;
md.validateLink = (url: string) => SAFE_LINK.test(url.trim()) || /^[/#]/.test(url.trim());

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet("rel", "noopener noreferrer nofollow");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

// Checked on the src as markdown-it normalized it (spaces, tabs and backslashes already
// percent-encoded), so what is checked is what the browser receives. A second "/" — or a
// backslash, which browsers read as one — would make it protocol-relative: another host.
const SAME_ORIGIN_IMAGE = /^\/(?![/\\]|%5c)/i;

const defaultImage = md.renderer.rules.image ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (SAME_ORIGIN_IMAGE.test(String(token.attrGet("src") ?? ""))) return defaultImage(tokens, idx, options, env, self);
  // Refused: the reader still gets what the image was meant to say.
  return md.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], options, env));
};

export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** Plain text of a Markdown source, for emails and feed summaries. */
export function markdownToText(source: string): string {
  return source
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, "$1 ($2)")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/(\*\*|__|\*|_|`)/g, "");
}
