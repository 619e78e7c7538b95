import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en";
import { hasDirective, resolveImport, root, sourceFilesUnder, valueImports } from "@/test/imports";
import { CLIENT_MESSAGES, pickMessages, type ClientMessagesArea } from "./client-messages";

// Where each list is used: the files a ClientMessages provider of that area wraps (a folder takes
// every file under it). The test follows their imports; from the first client component on, every
// file reached runs in the browser, and each `useTranslations("…")` there must be in the list.
const WRAPPED_BY: [ClientMessagesArea, string[]][] = [
  ["root", ["app/layout.tsx", "app/not-found.tsx"]],
  ["auth", ["app/(auth)"]],
  ["portal", ["app/(portal)"]],
  ["kb", ["app/(kb)"]],
  ["admin", ["app/admin/layout.tsx", "app/admin/notifications"]],
  ["admin/queue", ["app/admin/page.tsx"]],
  ...(Object.keys(CLIENT_MESSAGES) as ClientMessagesArea[])
    .filter((area) => area.startsWith("admin/") && area !== "admin/queue")
    .map((area): [ClientMessagesArea, string[]] => [area, [`app/${area}`]]),
];

/** The namespaces read in the browser by what `entries` render, with the file that reads each. */
function clientNamespaces(entries: string[]): Map<string, string> {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const walk = (file: string, inBrowser: boolean) => {
    const source = readFileSync(file, "utf8");
    const client = inBrowser || hasDirective(source, "client");
    if (seen.has(`${client}:${file}`)) return;
    seen.add(`${client}:${file}`);
    if (client) for (const m of source.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)) found.set(m[1], path.relative(root, file));
    for (const spec of valueImports(source)) {
      const target = resolveImport(spec, file);
      // Server actions reach the browser as references: nothing of theirs runs there.
      if (target && /\.tsx?$/.test(target) && !hasDirective(readFileSync(target, "utf8"), "server")) walk(target, client);
    }
  };
  for (const entry of entries) walk(entry, false);
  return found;
}

const covered = (list: readonly string[], namespace: string) => list.some((path) => namespace === path || namespace.startsWith(`${path}.`));

describe("the catalogue parts sent to the browser", () => {
  it("include every namespace the client components under each provider read", () => {
    const missing: string[] = [];
    for (const [area, places] of WRAPPED_BY) {
      const entries = places.flatMap((place) => {
        const full = path.join(root, place);
        return statSync(full).isDirectory() ? sourceFilesUnder(full) : [full];
      });
      for (const [namespace, file] of clientNamespaces(entries)) {
        if (!covered(CLIENT_MESSAGES[area], namespace)) missing.push(`${file}: "${namespace}" not in ${area}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("give every part of the console its own list, through a layout of its folder", () => {
    const withoutLayout = readdirSync(path.join(root, "app/admin"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "notifications")
      .filter((entry) => {
        const layout = path.join(root, "app/admin", entry.name, "layout.tsx");
        return !existsSync(layout) || !readFileSync(layout, "utf8").includes(`area="admin/${entry.name}"`);
      });
    expect(withoutLayout.map((entry) => entry.name)).toEqual([]);
  });

  it("pick whole namespaces or one group of a namespace, and far less than the whole catalogue", () => {
    const picked = pickMessages(en, ["common", "kb.feedback"]);
    expect(picked).toEqual({ common: en.common, kb: { feedback: en.kb.feedback } });
    for (const area of Object.keys(CLIENT_MESSAGES) as ClientMessagesArea[]) {
      for (const p of CLIENT_MESSAGES[area]) expect(Object.keys(pickMessages(en, [p])), `${area}: ${p}`).toHaveLength(1);
    }
    expect(JSON.stringify(pickMessages(en, CLIENT_MESSAGES.portal)).length).toBeLessThan(JSON.stringify(en).length / 2);
  });
});
