import { describe, expect, it } from "vitest";
import en from "@/messages/en";
import es from "@/messages/es";
import { localeFromAcceptLanguage } from "./locales";

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("message catalogues", () => {
  it("Spanish has every English key and no other", () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });

  it("no text is left empty", () => {
    for (const [name, catalogue] of Object.entries({ en, es })) {
      const empty = keys(catalogue).filter((k) => !k.split(".").reduce((o: never, p) => (o as Record<string, never>)[p], catalogue as never));
      expect(empty, name).toEqual([]);
    }
  });
});

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
