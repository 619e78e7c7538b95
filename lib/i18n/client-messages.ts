import type { Messages } from "./messages";

// The parts of the catalogue that reach the browser, per layout: only what the layout's client
// components read with useTranslations (a whole namespace, or "namespace.group"). Everything else
// is translated on the server and never sent. A client component reading a new namespace adds it
// to the list of each layout that shows it; lib/i18n/client-messages.test.ts follows the imports
// of every provider's files to the client components and fails on a missing one (which would
// show its key in the browser).
export const CLIENT_MESSAGES = {
  /** The root layout, for pages outside the groups below: the language switcher. */
  root: ["common"],
  /** app/(auth): sign-in, forgot / reset / change password. */
  auth: ["common", "auth", "account", "passwordHelp"],
  /**
   * app/(portal): tickets (with the requester's close/reopen choice), the new-ticket form with its request types
   * and article suggestions, the account page (password help, time zone, agent e-mail options), chat, and the
   * answer form of confirmations; the nav's live chat count.
   */
  portal: [
    "common", "auth", "account", "passwordHelp", "tickets", "ticketChoice", "requestTypes.form", "kb.suggestions",
    "timeZones", "notifications", "chat", "confirmations", "portal.nav",
    // The reply form's staff tools (the article picker) are loaded only for agents, but the same form is here.
    "desk.picker",
  ],
  /** app/(kb): the knowledge base for readers (and the portal nav's live chat count). */
  kb: ["common", "kb.feedback", "portal.nav"],
  /**
   * app/admin/layout.tsx: the console's header (language switcher, notification bell). Each part
   * of the console below gives its own client components their namespaces (the areas "admin/…",
   * through a layout of its folder), so a page sends what its client components read and not
   * what every console page might (62 kB of the queue's 125 kB React payload before).
   */
  admin: ["common", "notifications"],
  /** app/admin/page.tsx: the queue (its bulk bar; the rest of the page is translated on the server). */
  "admin/queue": ["queue.bulk", "tickets.status", "tickets.level"],
  "admin/announcements": ["announcements"],
  "admin/assets": ["assets"],
  "admin/canned-responses": ["desk.canned"],
  "admin/chat": ["chat", "desk.picker", "tickets"],
  "admin/confirmations": ["confirmations", "documents.picker"],
  "admin/documents": ["documents"],
  "admin/employees": ["accounts.people", "sso.linked"],
  "admin/jobs": ["jobs"],
  "admin/kb": ["kb.admin", "kbImages"],
  "admin/notes": ["documents.picker", "notes.admin"],
  "admin/organizations": ["organizations"],
  "admin/outbox": ["email.outbox"],
  "admin/request-types": ["requestTypes"],
  "admin/settings": ["assets.settings", "branding", "portalSettings", "timeZones"],
  "admin/tickets": ["agentDesk", "desk.picker", "kb.suggestions", "requestTypes.form", "tickets"],
} as const satisfies Record<string, readonly string[]>;

export type ClientMessagesArea = keyof typeof CLIENT_MESSAGES;

/** The listed namespaces (or groups within one) of a catalogue, as a catalogue of their own. */
export function pickMessages(messages: Messages, paths: readonly string[]): Record<string, unknown> {
  const picked: Record<string, Record<string, unknown>> = {};
  for (const path of paths) {
    const [namespace, group] = path.split(".") as [keyof Messages, string | undefined];
    const source = messages[namespace] as Record<string, unknown> | undefined;
    if (!source) continue;
    if (group === undefined) picked[namespace] = { ...picked[namespace], ...source };
    else if (group in source) picked[namespace] = { ...picked[namespace], [group]: source[group] };
  }
  return picked;
}
