import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { messagesFor } from "./messages";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe("message catalogues", () => {
  it("have the same keys in every language, none of them empty", () => {
    const english = keysOf(messagesFor("en")).sort();
    for (const locale of LOCALES) {
      expect(keysOf(messagesFor(locale)).sort(), locale).toEqual(english);
      const empty = keysOf(messagesFor(locale)).filter((key) => {
        const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messagesFor(locale));
        return typeof text !== "string" || text.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });
});
