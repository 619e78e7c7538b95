import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, transportSecurityHeaders } from "./headers";

const directives = (policy: string) =>
  Object.fromEntries(policy.split(";").map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1)]));

describe("the pages' Content-Security-Policy", () => {
  const policy = directives(contentSecurityPolicy({ nonce: "abc123", formActionOrigins: ["https://login.microsoftonline.com"], dev: false }));

  it("runs only scripts that carry the request's nonce, never inline ones", () => {
    expect(policy["script-src"]).toContain("'nonce-abc123'");
    expect(policy["script-src"]).toContain("'strict-dynamic'");
    expect(policy["script-src"]).not.toContain("'unsafe-inline'");
    expect(policy["script-src"]).not.toContain("'unsafe-eval'");
  });

  it("refuses framing, plugins, a foreign base and forms to other sites than the sign-in providers", () => {
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'self'"]);
    expect(policy["form-action"]).toEqual(["'self'", "https://login.microsoftonline.com"]);
    expect(policy["default-src"]).toEqual(["'self'"]);
  });
});

describe("transport headers", () => {
  it("sends HSTS only over HTTPS, and a Permissions-Policy always", () => {
    expect(transportSecurityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(transportSecurityHeaders({ https: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(transportSecurityHeaders({ https: false })["Permissions-Policy"]).toMatch(/camera=\(\)/);
  });
});
