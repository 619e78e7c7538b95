import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en";
import { CLIENT_MESSAGES, pickMessages, type ClientMessagesArea } from "./client-messages";

// Where each folder's client components are shown, so their namespaces must be in those layouts' lists.
const SHOWN_IN: [string, ClientMessagesArea[]][] = [
  ["components/language-switcher.tsx", ["root", "auth", "portal", "kb", "admin"]],
  ["components/auth/", ["auth", "portal"]],
  ["components/tickets/", ["portal", "admin"]],
  ["components/kb/ticket-suggestions.tsx", ["portal", "admin"]],
  ["components/kb/", ["kb"]],
  ["components/admin/", ["admin"]],
  ["components/chat/availability-switch.tsx", ["admin"]],
  ["components/chat/nav-label.tsx", ["portal", "kb"]],
  ["components/chat/accept-button.tsx", ["admin"]],
  ["components/chat/", ["portal", "admin"]],
  ["components/confirmations/answer-form.tsx", ["portal"]],
  ["components/confirmations/", ["admin"]],
  ["components/documents/", ["admin"]],
  ["components/notes/", ["admin"]],
  ["components/notifications/agent-email-form.tsx", ["portal"]],
  ["components/notifications/", ["admin"]],
  ["components/time-zones/", ["portal"]],
  ["app/admin/", ["admin"]],
];

function clientFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return clientFiles(file);
    return /\.tsx?$/.test(entry.name) && readFileSync(file, "utf8").includes('"use client"') ? [file] : [];
  });
}

const covered = (list: readonly string[], namespace: string) => list.some((path) => namespace === path || namespace.startsWith(`${path}.`));

describe("the catalogue parts sent to the browser", () => {
  it("include every namespace the client components of each layout read", () => {
    const missing: string[] = [];
    for (const file of [...clientFiles("components"), ...clientFiles("app")]) {
      const areas = SHOWN_IN.find(([prefix]) => file.startsWith(prefix))?.[1];
      const namespaces = [...readFileSync(file, "utf8").matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]);
      if (namespaces.length && !areas) missing.push(`${file}: not mapped to a layout in this test`);
      for (const area of areas ?? []) {
        for (const namespace of namespaces) if (!covered(CLIENT_MESSAGES[area], namespace)) missing.push(`${file}: "${namespace}" not in ${area}`);
      }
    }
    expect(missing).toEqual([]);
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
