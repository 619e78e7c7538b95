import { describe, expect, it } from "vitest";
import en from "@/messages/en/email.json";
import es from "@/messages/es/email.json";
import { escapeHtml, renderEmail } from "./templates";

const hostile = "<script>alert('x')</script>";

const initialized = (locale: "en" | "es", overrides: Partial<{ name: string; password: string; siteName: string }> = {}) =>
  renderEmail("passwordInitialized", locale, {
    name: "Ana",
    email: "ana@example.test",
    password: "Kx7-pass&word",
    loginUrl: "https://desk.example.test/login",
    siteName: "Acme Help",
    ...overrides,
  });

const reset = (locale: "en" | "es", name = "Ana") =>
  renderEmail("passwordReset", locale, { name, resetUrl: "https://desk.example.test/reset?token=abc&x=1", siteName: "Acme Help", minutes: 30 });

function keys(value: object, prefix = ""): string[] {
  return Object.entries(value).flatMap(([k, v]) => (typeof v === "object" && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("email templates", () => {
  it("English and Spanish catalogues have the same keys", () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });

  it("the password-initialized email gives the password, the sign-in link and the change notice, in plain text", () => {
    const mail = initialized("en");
    expect(mail.subject).toBe("Your Acme Help portal password");
    expect(mail.text).toContain("Hello Ana,");
    expect(mail.text).toContain("Temporary password: Kx7-pass&word");
    expect(mail.text).toContain("Sign-in email: ana@example.test");
    expect(mail.text).toContain("https://desk.example.test/login");
    expect(mail.text).toContain("asked to choose your own password");
    expect(mail.text).not.toMatch(/<[a-z]/i);
    expect(mail.html).toContain("Kx7-pass&amp;word");
    expect(mail.html).toContain('href="https://desk.example.test/login"');
  });

  it("the reset email says the link is single-use and expires in 30 minutes", () => {
    const mail = reset("en");
    expect(mail.subject).toBe("Reset your Acme Help password");
    expect(mail.text).toContain("https://desk.example.test/reset?token=abc&x=1");
    expect(mail.text).toContain("works only once and expires in 30 minutes");
    expect(mail.html).toContain('href="https://desk.example.test/reset?token=abc&amp;x=1"');
  });

  it("Spanish readers get Spanish mail", () => {
    const [enInit, esInit, enReset, esReset] = [initialized("en"), initialized("es"), reset("en"), reset("es")];
    expect(esInit.subject).toBe("Su contraseña del portal Acme Help");
    expect(esInit.text).toContain("Contraseña temporal: Kx7-pass&word");
    expect(esInit.text).not.toBe(enInit.text);
    expect(esReset.text).toContain("caduca en 30 minutos");
    expect(esReset.subject).not.toBe(enReset.subject);
    expect(esInit.html).toContain('<html lang="es">');
    expect(enInit.html).toContain('<html lang="en">');
  });

  it("escapes every variable in the HTML and keeps it as typed in the text", () => {
    const mail = initialized("en", { name: hostile, password: `"><img src=x onerror=alert(1)>`, siteName: `Acme <b>Desk</b>` });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<img");
    expect(mail.html).not.toContain("<b>");
    expect(mail.html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(mail.html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(mail.text).toContain(hostile);
    expect(mail.text).toContain(`"><img src=x onerror=alert(1)>`);
    expect(reset("es", hostile).html).not.toContain("<script>");
  });

  it("refuses a link that is not http(s)", () => {
    expect(() => renderEmail("passwordReset", "en", { name: "A", resetUrl: "javascript:alert(1)", siteName: "S", minutes: 30 })).toThrow();
  });

  it("escapeHtml covers the five special characters", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});
