import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// Following the app's imports from a file, for the tests that check what reaches the browser
// (test/client-imports.test.ts, lib/i18n/client-messages.test.ts).

export const root = path.resolve(__dirname, "..");

/** The TypeScript sources under `dir`, tests left out. */
export function sourceFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFilesUnder(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** The file an `@/…` or relative specifier names, or null for a package. */
export function resolveImport(spec: string, from: string): string | null {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const ext of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) {
    if (existsSync(base + ext) && statSync(base + ext).isFile()) return base + ext;
  }
  return null;
}

/** Module specifiers a file imports for their values, statically or with `import()` (type-only imports are erased). */
export function valueImports(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?["']([^"']+)["']/g)) if (!m[2]) specs.push(m[4]);
  for (const m of source.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) specs.push(m[1]);
  return specs;
}

/** Whether the file starts with `"use client"` / `"use server"` (comments may come first). */
export function hasDirective(source: string, name: "client" | "server"): boolean {
  return new RegExp(`^\\s*(//[^\\n]*\\n\\s*)*["']use ${name}["']`).test(source);
}
