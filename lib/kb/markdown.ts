import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";
import { Parser } from "htmlparser2";

// Articles are written in Markdown (raw HTML allowed, for the odd <details> or <kbd>) and shown
// only after a strict allowlist sanitizer: no scripts, event handlers, styles, frames, forms, and
// links and images only to http(s), mailto (links) or this site. data: URLs are refused even for
// images: an uploaded image will come through the storage module, not inline.

const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false });

const SAFE_TAGS = [
  "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code", "kbd", "samp",
  "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "sub", "sup", "small", "abbr",
  "ul", "ol", "li", "dl", "dt", "dd", "a", "img",
  "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
  "details", "summary", "figure", "figcaption", "span", "div",
];

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: SAFE_TAGS,
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title", "width", "height", "loading"],
    th: ["align", "colspan", "rowspan"],
    td: ["align", "colspan", "rowspan"],
    ol: ["start"],
    abbr: ["title"],
    code: ["class"],
  },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowedSchemesAppliedToAttributes: ["href", "src", "cite"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Everything inside these goes, not just the tag.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "template", "iframe", "xmp", "noembed", "noframes", "title"],
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "noopener noreferrer nofollow" } }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: "lazy" } }),
  },
};

/** An article body as HTML that is safe to put in the page. */
export function renderArticleHtml(body: string): string {
  return sanitizeHtml(markdown.render(body), sanitizeOptions);
}

// Characters the search index uses to mark hits in snippets; article text must not carry them.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const INLINE = new Set(["a", "abbr", "b", "code", "del", "em", "i", "ins", "kbd", "mark", "s", "samp", "small", "span", "strong", "sub", "sup", "u"]);

/** The text a reader sees in the rendered article, on one line: what full-text search indexes. */
export function articlePlainText(body: string): string {
  return visibleText(body, false);
}

/** The same without tables and code blocks: the prose that search snippets are cut from. */
export function articleProseText(body: string): string {
  return visibleText(body, true);
}

const NOT_PROSE = new Set(["table", "pre"]);

function visibleText(body: string, proseOnly: boolean): string {
  const parts: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (proseOnly && NOT_PROSE.has(name)) skipping++;
      },
      ontext: (text) => {
        if (skipping === 0) parts.push(text);
      },
      onclosetag: (name) => {
        if (proseOnly && NOT_PROSE.has(name)) skipping--;
        if (!INLINE.has(name)) parts.push(" ");
      },
    },
    { decodeEntities: true },
  );
  parser.write(renderArticleHtml(body));
  parser.end();
  return parts.join("").replace(CONTROL, " ").replace(/\s+/g, " ").trim();
}
