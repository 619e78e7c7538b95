import { describe, expect, it } from "vitest";
import { safeCallback } from "./safe-callback";

const ORIGIN = "https://desk.example.com";

describe("safeCallback: where the browser may go after sign-in", () => {
  it.each([
    ["/tickets/42", "/tickets/42"],
    ["/kb/vpn?lang=es", "/kb/vpn?lang=es"],
    ["/admin?view=mine#top", "/admin?view=mine"],
    [`${ORIGIN}/tickets/7?x=1`, "/tickets/7?x=1"],
    ["/tickets/../admin", "/admin"],
  ])("keeps the path and query of a same-origin address: %s", (input, expected) => {
    expect(safeCallback(input, ORIGIN)).toBe(expected);
  });

  it.each([
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r\n/evil.example",
    "/.//evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "https://evil.example/tickets",
    "http://desk.example.com/tickets",
    "https://desk.example.com.evil.example/",
    "https://desk.example.com@evil.example/",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    " //evil.example",
    "\u0000//evil.example",
    "",
    undefined,
  ])("sends anything that leaves the origin to the default page: %j", (input) => {
    const result = safeCallback(input, ORIGIN);
    expect(result).toBe("/");
  });

  it("never returns a scheme-relative or backslash path, even after percent-decoding by the browser", () => {
    for (const input of ["/%09/evil.example/", "/%2F/evil.example", "/%5C/evil.example", "/./%09/evil.example"]) {
      const result = safeCallback(input, ORIGIN);
      expect(new URL(result, ORIGIN).origin).toBe(ORIGIN);
      expect(result.startsWith("//")).toBe(false);
    }
  });

  it("turns control characters into a safe address instead of an error", () => {
    const result = safeCallback("/tickets/\u0001\u007f?q=\u0002", ORIGIN);
    expect(new URL(result, ORIGIN).origin).toBe(ORIGIN);
    expect(result).not.toMatch(/[\u0000-\u001f\u007f]/);
  });

  it("refuses an absurdly long address", () => {
    expect(safeCallback(`/${"a".repeat(5000)}`, ORIGIN)).toBe("/");
  });
});
