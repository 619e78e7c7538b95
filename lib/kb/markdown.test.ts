import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { articlePlainText, renderArticleHtml } from "./markdown";
import { imageMarkdown } from "./image-rules";

type Node = DefaultTreeAdapterMap["childNode"];

// A public XSS payload corpus (see the file's header for its sources), each payload also placed
// where Markdown turns it into a link, an image or an autolink.
const corpus = readFileSync(path.join(process.cwd(), "test/data/xss-payloads.txt"), "utf8")
  .split("\n")
  .filter((line) => line.trim() && !line.startsWith("#"));

const markdownVectors = [
  "[x](javascript:alert(1))",
  "[x](JAVASCRIPT:alert(1))",
  "[x]( javascript:alert(1) )",
  "[x](<javascript:alert(1)>)",
  "[x](java&#x09;script:alert(1))",
  "[x](&#106;avascript:alert(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](vbscript:msgbox(1))",
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "<javascript:alert(1)>",
  "[x][ref]\n\n[ref]: javascript:alert(1)",
  "[x](http://example.com \"title\" onclick=alert(1))",
  "![x\" onerror=\"alert(1)](https://example.com/a.png)",
  "```\n</code><script>alert(1)</script>\n```",
  "`<img src=x onerror=alert(1)>`",
  "> <img src=x onerror=alert(1)>",
  "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
];

const FORBIDDEN_TAGS = new Set([
  "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link", "meta",
  "form", "input", "button", "textarea", "select", "keygen", "svg", "math", "template", "noscript",
  "video", "audio", "source", "picture", "isindex", "xmp", "noembed", "listing", "marquee", "bgsound",
]);
const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "action", "formaction", "xlink:href", "background", "dynsrc", "lowsrc", "data", "poster", "cite"]);

/** Everything executable in `html`, as a browser would parse it. */
function executableParts(html: string): string[] {
  const found: string[] = [];
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      if (!("tagName" in node)) continue;
      if (FORBIDDEN_TAGS.has(node.tagName)) found.push(`<${node.tagName}>`);
      for (const attr of node.attrs) {
        const name = attr.name.toLowerCase();
        if (name.startsWith("on")) found.push(`${node.tagName}[${name}]`);
        if (name === "style") found.push(`${node.tagName}[style]`);
        if (URL_ATTRIBUTES.has(name)) {
          // What a browser resolves: control characters and spaces dropped, case folded.
          const url = attr.value.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
          if (/^(javascript|vbscript|data|livescript):/.test(url)) found.push(`${node.tagName}[${name}=${attr.value}]`);
        }
      }
      visit(node.childNodes as Node[]);
      if (node.tagName === "template" && "content" in node) visit((node as unknown as { content: { childNodes: Node[] } }).content.childNodes);
    }
  };
  visit(parseFragment(html).childNodes as Node[]);
  return found;
}

describe("article renderer", () => {
  it("reads a corpus of at least 100 public payloads", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
  });

  it("lets nothing executable through, whatever the payload and wherever Markdown puts it", () => {
    const failures: { input: string; html: string; found: string[] }[] = [];
    const inputs = [
      ...corpus,
      ...corpus.map((p) => `Text before\n\n${p}\n\nText after`),
      ...corpus.map((p) => `[link](${p})`),
      ...corpus.map((p) => `![image](${p})`),
      ...corpus.map((p) => `<${p}>`),
      ...corpus.map((p) => `* ${p}`),
      ...markdownVectors,
    ];
    for (const input of inputs) {
      const html = renderArticleHtml(input);
      const found = executableParts(html);
      if (found.length) failures.push({ input, html, found });
    }
    expect(failures).toEqual([]);
    expect(inputs.length).toBeGreaterThan(600);
  });

  it("the checker itself finds what it looks for", () => {
    expect(executableParts('<img src=x onerror=alert(1)><a href=" JaVa\tScript:x">a</a><p style="x">p</p><svg></svg>')).toEqual([
      "img[onerror]", "a[href= JaVa\tScript:x]", "p[style]", "<svg>",
    ]);
  });

  it("keeps what articles need: headings, lists, code, tables, images and links", () => {
    const html = renderArticleHtml(
      "## Steps\n\n1. Open **Settings**\n2. Choose `Wi-Fi`\n\n```sh\nipconfig /renew\n```\n\n| Key | Value |\n|---|---|\n| a | b |\n\n![Screen](https://example.com/s.png)\n\n[Help](https://example.com/help) <mailto:help@example.com>",
    );
    expect(html).toContain("<h2>Steps</h2>");
    expect(html).toContain("<ol>");
    expect(html).toContain("<strong>Settings</strong>");
    expect(html).toContain("<code>Wi-Fi</code>");
    expect(html).toContain('<code class="language-sh">ipconfig /renew');
    expect(html).toContain("<th>Key</th>");
    expect(html).toContain('<img src="https://example.com/s.png" alt="Screen"');
    expect(html).toContain('<a href="https://example.com/help" rel="noopener noreferrer nofollow">Help</a>');
    expect(html).toContain('href="mailto:help@example.com"');
  });

  it("keeps an uploaded image, written by the editor or by hand, with its relative address", () => {
    const url = "/api/kb/images/clx0abc123def456ghi789jkl";
    expect(renderArticleHtml(imageMarkdown("clx0abc123def456ghi789jkl", "VPN [1]\\.png"))).toContain(`<img src="${url}" alt="VPN [1]\\.png" loading="lazy" />`);
    expect(renderArticleHtml(`<img src="${url}" alt="Screen" onerror="alert(1)">`)).toBe(`<img src="${url}" alt="Screen" loading="lazy" />`);
  });

  it("drops dangerous image addresses around the uploaded-image path", () => {
    for (const src of [
      "javascript:alert(1)//api/kb/images/x",
      "data:image/png;base64,iVBORw0KGgo=",
      "data:image/svg+xml,<svg onload=alert(1)>",
      "//evil.example/api/kb/images/x",
      "vbscript:x",
    ]) {
      const html = renderArticleHtml(`<img src="${src}" alt="x">\n\n![x](${src})`);
      expect(html, src).not.toMatch(/src="(?!\/api\/)/);
      expect(html, src).not.toContain("//evil.example");
    }
  });

  it("gives the text a reader sees, for the search index", () => {
    expect(articlePlainText("# Olvidé la contraseña\n\nPulse **Restablecer** &amp; <script>x()</script>siga.")).toBe("Olvidé la contraseña Pulse Restablecer & siga.");
    expect(articlePlainText("a\u0002b\u0003c")).toBe("a b c");
  });
});
