import { describe, expect, it } from "vitest";
import { renderEmail } from "./templates";
import { MASK, maskSecrets } from "./mask";

describe("the outbox's masking of secrets", () => {
  it("hides a generated password in both languages and leaves the rest of the message", () => {
    for (const locale of ["en", "es"] as const) {
      const { text } = renderEmail("passwordInitialized", locale, { name: "Ana", email: "ana@example.test", password: "Zq9-secret-Pw", loginUrl: "https://portal.example.test/login", siteName: "Portico" });
      expect(text).toContain("Zq9-secret-Pw");
      const shown = maskSecrets("passwordInitialized", text);
      expect(shown.masked).toBe(true);
      expect(shown.text).not.toContain("Zq9-secret-Pw");
      expect(shown.text).toContain(MASK);
      expect(shown.text).toContain("ana@example.test");
    }
  });

  it("leaves other kinds as they are", () => {
    expect(maskSecrets("ticket-reply", "Temporary password: not a secret here")).toEqual({ text: "Temporary password: not a secret here", masked: false });
  });
});
