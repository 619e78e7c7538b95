import { describe, expect, it } from "vitest";
import { mayAutoCreate, verifiedEmailOf } from "./claims";

describe("the email a provider vouches for", () => {
  it("Google: only a verified email, lower-cased", () => {
    expect(verifiedEmailOf("google", { email: "Ana@Example.COM", email_verified: true })).toBe("ana@example.com");
    expect(verifiedEmailOf("google", { email: "ana@example.com", email_verified: false })).toBeNull();
    expect(verifiedEmailOf("google", { email: "ana@example.com", email_verified: "true" })).toBeNull();
    expect(verifiedEmailOf("google", { email: "ana@example.com" })).toBeNull();
    expect(verifiedEmailOf("google", { email: "not an address", email_verified: true })).toBeNull();
  });

  it("Microsoft: the email claim only with xms_edov, else a member's UPN, never a guest's", () => {
    expect(verifiedEmailOf("microsoft-entra-id", { email: "Ana@Contoso.com", xms_edov: true, preferred_username: "a@contoso.com" })).toBe("ana@contoso.com");
    expect(verifiedEmailOf("microsoft-entra-id", { email: "boss@contoso.com", xms_edov: false, preferred_username: "Ana@Contoso.com" })).toBe("ana@contoso.com");
    expect(verifiedEmailOf("microsoft-entra-id", { email: "boss@contoso.com" })).toBeNull();
    expect(verifiedEmailOf("microsoft-entra-id", { email: "boss@contoso.com", preferred_username: "boss_contoso.com#EXT#@tenant.onmicrosoft.com" })).toBeNull();
    expect(verifiedEmailOf("microsoft-entra-id", { preferred_username: "+34 600 000 000" })).toBeNull();
  });
});

describe("auto-creating customers", () => {
  it("only for a listed domain; for Google only a Workspace account of that domain", () => {
    expect(mayAutoCreate("microsoft-entra-id", "new@contoso.com", {}, ["contoso.com"])).toBe(true);
    expect(mayAutoCreate("microsoft-entra-id", "new@fabrikam.com", {}, ["contoso.com"])).toBe(false);
    expect(mayAutoCreate("microsoft-entra-id", "new@contoso.com", {}, [])).toBe(false);
    expect(mayAutoCreate("google", "new@contoso.com", { hd: "contoso.com" }, ["contoso.com"])).toBe(true);
    expect(mayAutoCreate("google", "new@contoso.com", {}, ["contoso.com"])).toBe(false);
    expect(mayAutoCreate("google", "new@contoso.com", { hd: "fabrikam.com" }, ["contoso.com"])).toBe(false);
  });
});
