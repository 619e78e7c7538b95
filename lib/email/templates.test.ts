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
    expect(esInit.html).toMatch(/<html[^>]* lang="es"/);
    expect(enInit.html).toMatch(/<html[^>]* lang="en"/);
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

  it("is branded with the portal's logo and primary colour, and dated in the recipient's time zone", () => {
    const sentAt = new Date("2026-03-10T18:30:00Z");
    const look = (timeZone: string) => ({ logoUrl: "https://desk.example.test/api/branding/logo?v=abc", primaryColor: "#0f766e", timeZone, sentAt });
    const vars = { name: "Ana", siteName: "Acme Help", ticketId: 42, subject: "Printer", ticketUrl: "https://desk.example.test/tickets/42" };
    const mexico = renderEmail("ticketFiled", "es", vars, look("America/Mexico_City"));
    const madrid = renderEmail("ticketFiled", "en", vars, look("Europe/Madrid"));
    expect(mexico.html).toContain('<img alt="Acme Help"');
    expect(mexico.html).toContain('src="https://desk.example.test/api/branding/logo?v=abc"');
    expect(mexico.html).toContain("background-color:#0f766e");
    expect(mexico.text).toMatch(/Enviado el 10 mar 2026, 12:30 \(America\/Mexico_City\)\./);
    expect(madrid.text).toMatch(/Sent on Mar 10, 2026, 7:30\sPM \(Europe\/Madrid\)\./);
    expect(madrid.html).toContain("Europe/Madrid");
    // The subject and the words stay those of the plain email.
    const plain = renderEmail("ticketFiled", "en", vars);
    expect(madrid.subject).toBe(plain.subject);
    expect(madrid.text.startsWith(plain.text.trimEnd())).toBe(true);
    expect(plain.html).not.toContain("<img");
    expect(plain.html).toContain("Acme Help");
  });

  it("escapes what an admin or a customer typed, also in the branded email", () => {
    const look = { logoUrl: null, primaryColor: "#0f766e", timeZone: "UTC", sentAt: new Date() };
    const mail = renderEmail(
      "ticketReply",
      "en",
      { name: "Ana", siteName: `<b>Desk</b>`, ticketId: 7, subject: `<img src=x onerror=alert(1)>`, agentName: "Bo", reply: "<script>x()</script>", ticketUrl: "https://desk.example.test/tickets/7" },
      look,
    );
    expect(mail.subject).toBe("[#7] New reply: <img src=x onerror=alert(1)>");
    expect(mail.html).not.toMatch(/<script|<img|<b>/);
    expect(mail.html).toContain("&lt;script&gt;x()&lt;/script&gt;");
    expect(mail.html).toContain("<title>[#7] New reply: &lt;img src=x onerror=alert(1)&gt;</title>");
    expect(mail.text).toContain("> <script>x()</script>");
  });

  it("renders every kind, in both languages, as a text part and a react-email document", () => {
    const url = "https://desk.example.test/x";
    const base = { name: "Ana", siteName: "Acme Help" };
    const ticket = { ...base, ticketId: 5, subject: "VPN", ticketUrl: url };
    for (const locale of ["en", "es"] as const) {
      const mails = [
        renderEmail("ticketStatus", locale, { ...ticket, status: "Solved" }),
        renderEmail("ticketOpenedOnBehalf", locale, { ...ticket, agentName: "Bo" }),
        renderEmail("chatUnread", locale, { ...base, agentName: "Bo", messages: "hi", chatUrl: url }),
        renderEmail("agentNotice", locale, { ...ticket, event: "CUSTOMER_REPLY", actorName: "Cy", accountUrl: url }),
        renderEmail("agentDigest", locale, {
          ...base,
          items: [{ event: "NEW_TICKET", ticketId: 5, subject: "VPN", actorName: "Cy", ticketUrl: url }],
          queueUrl: url,
          accountUrl: url,
        }),
      ];
      for (const mail of mails) {
        expect(mail.subject).not.toBe("");
        expect(mail.text).not.toMatch(/<[a-z]/i);
        expect(mail.html).toMatch(/^<!DOCTYPE html PUBLIC/);
        expect(mail.html).toContain('role="presentation"');
        expect(mail.html).toContain(`href="${url}"`);
      }
    }
  });

  it("refuses a link that is not http(s)", () => {
    expect(() => renderEmail("passwordReset", "en", { name: "A", resetUrl: "javascript:alert(1)", siteName: "S", minutes: 30 })).toThrow();
  });

  it("escapeHtml covers the five special characters", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});
