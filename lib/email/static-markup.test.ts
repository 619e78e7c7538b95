import { createElement as h, forwardRef, Fragment, memo } from "react";
import { describe, expect, it } from "vitest";
import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { escapeHtml, renderStaticMarkup } from "./static-markup";

// Written with createElement: the unit tests are .ts files.

describe("static markup", () => {
  it("escapes text and attribute values", () => {
    expect(renderStaticMarkup(h("p", { title: `"><script>` }, "<b>&'"))).toBe('<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;&#39;</p>');
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });

  it("writes styles as CSS, with px on numbers that need a unit", () => {
    const style = { marginTop: 4, lineHeight: 1.5, fontWeight: 600, opacity: 0, borderTop: "1px solid #000", color: undefined };
    expect(renderStaticMarkup(h("div", { style }))).toBe('<div style="margin-top:4px;line-height:1.5;font-weight:600;opacity:0;border-top:1px solid #000"></div>');
  });

  it("maps React attribute names, drops handlers and refs, closes void elements", () => {
    const cell = h("td", null, h("img", { src: "https://a.test/l.png", alt: "" }), h("br"));
    const html = renderStaticMarkup(h("table", { className: "x", cellPadding: "0", onClick: () => {} }, h("tbody", null, h("tr", null, cell))));
    expect(html).toBe('<table class="x" cellpadding="0"><tbody><tr><td><img src="https://a.test/l.png" alt=""/><br/></td></tr></tbody></table>');
  });

  it("renders function, forwardRef and memo components, fragments and arrays", () => {
    const Inner = forwardRef<HTMLSpanElement, { label: string }>(function Inner({ label }, ref) {
      return h("span", { ref }, label);
    });
    const Memo = memo(function Memo({ n }: { n: number }) {
      return h("i", null, n);
    });
    const Outer = ({ items }: { items: string[] }) =>
      h(Fragment, null, items.map((item) => h(Inner, { key: item, label: item })), h(Memo, { n: 3 }), false, null);
    expect(renderStaticMarkup(h(Outer, { items: ["a", "b"] }))).toBe("<span>a</span><span>b</span><i>3</i>");
  });

  it("renders react-email components, including their raw Outlook comments", () => {
    const html = renderStaticMarkup(h(Button, { href: "https://a.test/?a=1&b=2", style: { padding: "10px 16px" } }, "Go"));
    expect(html).toContain('href="https://a.test/?a=1&amp;b=2"');
    expect(html).toContain("<!--[if mso]>");
    expect(html).toContain("padding-top:10px");
    expect(renderStaticMarkup(h(Text, null, "Hi"))).toBe('<p style="font-size:14px;line-height:24px;margin-top:16px;margin-bottom:16px">Hi</p>');
  });
});
