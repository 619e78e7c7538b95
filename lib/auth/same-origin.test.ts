import { describe, expect, it } from "vitest";
import { isForeignOrigin } from "./same-origin";

const post = (headers: Record<string, string>) => new Request("http://desk.example.com/api/tickets", { method: "POST", headers });

describe("isForeignOrigin: route handlers that change data refuse other sites", () => {
  it("accepts a request from the site's own pages, and one without an Origin", () => {
    expect(isForeignOrigin(post({ host: "desk.example.com", origin: "http://desk.example.com" }))).toBe(false);
    expect(isForeignOrigin(post({ host: "desk.example.com" }))).toBe(false);
  });

  it.each(["null", "http://evil.example", "http://desk.example.com.evil.example", "not a url", ""])("refuses Origin %j instead of throwing", (origin) => {
    expect(isForeignOrigin(post({ host: "desk.example.com", origin }))).toBe(true);
  });
});
