import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// What a client component imports is shipped to every browser that opens its page. zod is 30 kB
// gzipped, a fifth of a page's budget (150 kB first-load JavaScript, issue #10): client components
// take their limits from zod-free `limits.ts` files and leave the schemas to the server.
// Server actions ("use server" files) reach the browser as references, so the walk stops there.

const root = path.resolve(__dirname, "..");
const FORBIDDEN = ["zod"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolve(spec: string, from: string): string | null {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const ext of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) {
    if (existsSync(base + ext) && statSync(base + ext).isFile()) return base + ext;
  }
  return null;
}

/** Module specifiers a file imports for their values (type-only imports are erased). */
function valueImports(source: string): string[] {
  const specs: string[] = [];
  for (const match of source.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?["']([^"']+)["']/g)) {
    if (!match[2]) specs.push(match[4]);
  }
  return specs;
}

const isClient = (source: string) => /^\s*(\/\/[^\n]*\n\s*)*["']use client["']/.test(source);
const isServerActions = (source: string) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(source);

/** The import chain from `file` to a forbidden package, or null. */
function chainToForbidden(file: string, seen = new Set<string>()): string[] | null {
  if (seen.has(file)) return null;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const spec of valueImports(source)) {
    if (FORBIDDEN.some((pkg) => spec === pkg || spec.startsWith(`${pkg}/`))) return [file, spec];
    const target = resolve(spec, file);
    if (!target || !/\.tsx?$/.test(target)) continue;
    if (isServerActions(readFileSync(target, "utf8"))) continue;
    const rest = chainToForbidden(target, seen);
    if (rest) return [file, ...rest];
  }
  return null;
}

describe("client components", () => {
  it("do not pull zod into the browser", () => {
    const clientFiles = [...filesUnder(path.join(root, "app")), ...filesUnder(path.join(root, "components"))].filter((f) =>
      isClient(readFileSync(f, "utf8")),
    );
    expect(clientFiles.length).toBeGreaterThan(20);
    const offenders = clientFiles
      .map((file) => chainToForbidden(file))
      .filter((chain): chain is string[] => chain !== null)
      .map((chain) => chain.map((f) => path.relative(root, f)).join(" -> "));
    expect(offenders).toEqual([]);
  });
});
