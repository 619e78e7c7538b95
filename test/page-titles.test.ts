import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every page names itself in the browser's tab ("#12 Printer jam · Acme IT Help"); the root
// layout's template adds the site name. Pages that only redirect have nothing to name.

const root = path.resolve(__dirname, "..");

describe("page titles", () => {
  it("every page exports metadata or generateMetadata, unless it only redirects", () => {
    const pages = readdirSync(path.join(root, "app"), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name === "page.tsx")
      .map((e) => path.join(e.parentPath, e.name));
    expect(pages.length).toBeGreaterThan(30);
    const untitled = pages.filter((file) => {
      const text = readFileSync(file, "utf8");
      const titled = /export (async function generateMetadata|const metadata)\b/.test(text);
      const onlyRedirects = /export default function \w+\(\) \{\s*redirect\(/.test(text);
      return !titled && !onlyRedirects;
    });
    expect(untitled.map((f) => path.relative(root, f))).toEqual([]);
  });
});
