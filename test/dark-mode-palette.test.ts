import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Dark mode turns the palette around in app/globals.css (one light-dark() line per colour), so a
// colour class without its line stays light on a dark page. This keeps every screen covered.

const root = path.resolve(__dirname, "..");
const PALETTE = "slate|gray|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose|black|white";
const UTILITY = "bg|text|border(?:-[xytrblse])?|ring|ring-offset|outline|divide|from|via|to|fill|stroke|placeholder|accent|caret|decoration|shadow|inset-shadow";
const colourClass = new RegExp(`(?<![\\w-])(?:[\\w-]+:)*(?:${UTILITY})-((?:${PALETTE})(?:-\\d{2,3})?)(?:/\\d+)?(?![\\w-])`, "g");
// `bg-[#123456]`, `text-[rgb(…)]`: colours no light-dark() line can turn around.
const arbitraryColour = new RegExp(`(?<![\\w-])(?:[\\w-]+:)*(?:${UTILITY})-\\[(?:#|rgb|hsl|oklch|color)`, "g");
// `bg-${tone}-100`: a class built at run time, which neither Tailwind nor this test can see.
const builtColour = new RegExp(`(?<![\\w-])(?:${UTILITY})-\\$\\{`, "g");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(tsx?|css)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

function usedColours() {
  const used = new Map<string, string[]>();
  const arbitrary: string[] = [];
  const built: string[] = [];
  for (const file of ["app", "components", "lib"].flatMap(sourceFiles)) {
    if (file.endsWith("globals.css")) continue;
    const text = readFileSync(file, "utf8");
    const where = path.relative(root, file);
    for (const m of text.matchAll(colourClass)) used.set(m[1], [...(used.get(m[1]) ?? []), where]);
    for (const m of text.matchAll(arbitraryColour)) arbitrary.push(`${where}: ${m[0]}`);
    for (const m of text.matchAll(builtColour)) built.push(`${where}: ${m[0]}`);
  }
  return { used, arbitrary, built };
}

function darkMappings() {
  const css = readFileSync(path.join(root, "app/globals.css"), "utf8");
  return new Set([...css.matchAll(/--color-([a-z]+(?:-\d+)?):\s*light-dark\(/g)].map((m) => m[1]));
}

describe("dark mode covers every colour the screens use", () => {
  const { used, arbitrary, built } = usedColours();

  it("finds the colour classes (the scan itself works)", () => {
    expect(used.get("slate-600")?.length).toBeGreaterThan(0);
    expect("hover:bg-red-50/50".match(colourClass)).toEqual(["hover:bg-red-50/50"]);
    expect("border-t-amber-300".match(colourClass)).toEqual(["border-t-amber-300"]);
    expect("text-slate-600x bg-slatey".match(colourClass)).toBeNull();
  });

  it("every palette colour used in app/, components/ and lib/ has a light-dark() line in app/globals.css", () => {
    const mapped = darkMappings();
    const missing = [...used].filter(([colour]) => !mapped.has(colour)).map(([colour, files]) => `${colour} (${[...new Set(files)].join(", ")})`);
    expect(missing, "add a `--color-<name>: light-dark(<light>, <dark>)` line to app/globals.css for each").toEqual([]);
  });

  it("no arbitrary colour values and no colour classes built at run time", () => {
    expect(arbitrary).toEqual([]);
    expect(built).toEqual([]);
  });
});
