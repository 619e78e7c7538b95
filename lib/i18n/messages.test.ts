import compile from "icu-minify/compile";
import format, { type CompiledMessage } from "icu-minify/format";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { messagesFor } from "./messages";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

function textAt(messages: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
}

// The build precompiles every message (next.config.ts: next-intl's `precompile`, with its compiler
// icu-minify) and the browser and server format the compiled form; tests and scripts outside the
// build format the same text with the ICU parser. Both must give the same words.

type Argument = { kind: "text" | "number" | "count" | "date" } | { kind: "choice"; options: string[] };

/** The arguments a compiled message reads, by name. */
function argumentsOf(node: unknown, found = new Map<string, Argument>()): Map<string, Argument> {
  if (!Array.isArray(node)) return found;
  const [name, type, options] = node as [unknown, unknown, unknown];
  if (typeof name !== "string") {
    for (const child of node) argumentsOf(child, found);
    return found;
  }
  if (type === undefined) found.set(name, { kind: "text" });
  else if (type === 1) found.set(name, { kind: "choice", options: Object.keys(options as object) });
  else if (type === 2 || type === 3) found.set(name, { kind: "count" });
  else if (type === 4) found.set(name, { kind: "number" });
  else if (type === 5 || type === 6) found.set(name, { kind: "date" });
  else {
    // A tag: its children follow its name.
    found.set(name, { kind: "text" });
    for (const child of node.slice(1)) argumentsOf(child, found);
    return found;
  }
  if (type === 1 || type === 2 || type === 3) for (const branch of Object.values(options as object)) argumentsOf(branch, found);
  return found;
}

/** One set of values, then one more for each plural count and select option worth trying. */
function valueSets(compiled: CompiledMessage): Record<string, string | number | Date>[] {
  const args = argumentsOf(compiled);
  const base: Record<string, string | number | Date> = {};
  for (const [name, arg] of args) {
    base[name] = arg.kind === "text" ? "Ada" : arg.kind === "number" ? 1234.5 : arg.kind === "count" ? 2 : arg.kind === "date" ? new Date(0) : "other";
  }
  const sets = [base];
  for (const [name, arg] of args) {
    if (arg.kind === "count") for (const n of [0, 1, 5, 21, 1000]) sets.push({ ...base, [name]: n });
    if (arg.kind === "choice") for (const option of arg.options) sets.push({ ...base, [name]: option });
  }
  return sets;
}

const formatters = {
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
};
const asText = (result: unknown) => (Array.isArray(result) ? result.join("") : String(result));

describe("message catalogues", () => {
  it("have the same keys in every language, none of them empty", () => {
    const english = keysOf(messagesFor("en")).sort();
    for (const locale of LOCALES) {
      expect(keysOf(messagesFor(locale)).sort(), locale).toEqual(english);
      const empty = keysOf(messagesFor(locale)).filter((key) => {
        const text = textAt(messagesFor(locale), key);
        return typeof text !== "string" || text.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });

  it("compile as the build compiles them, and read the same compiled as parsed", () => {
    const broken: string[] = [];
    for (const locale of LOCALES) {
      for (const key of keysOf(messagesFor(locale))) {
        const text = textAt(messagesFor(locale), key) as string;
        let compiled: CompiledMessage;
        try {
          compiled = compile(text);
        } catch (error) {
          broken.push(`${locale} ${key}: ${(error as Error).message}`);
          continue;
        }
        for (const values of valueSets(compiled)) {
          const parsed = asText(new IntlMessageFormat(text, locale).format(values));
          expect(asText(format(compiled, locale, values, { formatters })), `${locale} ${key} ${JSON.stringify(values)}`).toBe(parsed);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
