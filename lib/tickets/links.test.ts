import { describe, expect, it } from "vitest";
import { splitLinks } from "./links";

describe("links in ticket text", () => {
  it("makes http(s) and mailto links and leaves the rest as text", () => {
    expect(splitLinks("See https://example.com/a?b=1. Or mail mailto:help@example.com!")).toEqual([
      { text: "See " },
      { href: "https://example.com/a?b=1", text: "https://example.com/a?b=1" },
      { text: ". Or mail " },
      { href: "mailto:help@example.com", text: "mailto:help@example.com" },
      { text: "!" },
    ]);
  });

  it("never links other schemes or markup", () => {
    for (const text of ["javascript:alert(1)", "data:text/html,<script>x</script>", "<a href='x'>y</a>", "vbscript:msgbox", "file:///etc/passwd", "http://", "www.example.com"]) {
      expect(splitLinks(text).every((p) => !("href" in p)), text).toBe(true);
    }
  });

  it("stops a link at quotes and angle brackets, so it cannot break out of its attribute", () => {
    const parts = splitLinks('https://example.com/"onmouseover="alert(1)');
    expect(parts[0]).toEqual({ href: "https://example.com/", text: "https://example.com/" });
    expect(parts.slice(1)).toEqual([{ text: '"onmouseover="alert(1)' }]);
  });

  it("keeps line breaks and text without links unchanged", () => {
    expect(splitLinks("line one\nline two")).toEqual([{ text: "line one\nline two" }]);
    expect(splitLinks("")).toEqual([]);
  });
});
