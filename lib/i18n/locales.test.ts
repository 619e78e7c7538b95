import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./locales";

describe("Accept-Language", () => {
  it("takes the highest-weighted supported language", () => {
    expect(localeFromAcceptLanguage("es-ES,es;q=0.9,en;q=0.8")).toBe("es");
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.5,es;q=0.7")).toBe("es");
    expect(localeFromAcceptLanguage("en-GB")).toBe("en");
  });

  it("gives nothing for unsupported or malformed headers", () => {
    expect(localeFromAcceptLanguage("fr,de;q=0.5")).toBeNull();
    expect(localeFromAcceptLanguage("es;q=0")).toBeNull();
    expect(localeFromAcceptLanguage("")).toBeNull();
    expect(localeFromAcceptLanguage(";;;,q=")).toBeNull();
  });
});
