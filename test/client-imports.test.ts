import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasDirective, resolveImport, root, sourceFilesUnder, valueImports } from "./imports";

// What a client component imports is shipped to every browser that opens its page. zod is 30 kB
// gzipped, a fifth of a page's budget (150 kB first-load JavaScript, issue #10): client components
// take their limits from zod-free `limits.ts` files and leave the schemas to the server.
// Server actions ("use server" files) reach the browser as references, so the walk stops there.

const FORBIDDEN = ["zod"];

/** The import chain from `file` to a forbidden package, or null. */
function chainToForbidden(file: string, seen = new Set<string>()): string[] | null {
  if (seen.has(file)) return null;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const spec of valueImports(source)) {
    if (FORBIDDEN.some((pkg) => spec === pkg || spec.startsWith(`${pkg}/`))) return [file, spec];
    const target = resolveImport(spec, file);
    if (!target || !/\.tsx?$/.test(target)) continue;
    if (hasDirective(readFileSync(target, "utf8"), "server")) continue;
    const rest = chainToForbidden(target, seen);
    if (rest) return [file, ...rest];
  }
  return null;
}

describe("client components", () => {
  it("do not pull zod into the browser", () => {
    const clientFiles = [...sourceFilesUnder(path.join(root, "app")), ...sourceFilesUnder(path.join(root, "components"))].filter((f) =>
      hasDirective(readFileSync(f, "utf8"), "client"),
    );
    expect(clientFiles.length).toBeGreaterThan(20);
    const offenders = clientFiles
      .map((file) => chainToForbidden(file))
      .filter((chain): chain is string[] => chain !== null)
      .map((chain) => chain.map((f) => path.relative(root, f)).join(" -> "));
    expect(offenders).toEqual([]);
  });
});
