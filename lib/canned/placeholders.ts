// The placeholders a canned response may hold, filled when an agent inserts it into a reply.
export const PLACEHOLDERS = ["requester.name", "requester.email", "agent.name", "ticket.id", "ticket.subject"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<Placeholder, string>;

const KNOWN = new Set<string>(PLACEHOLDERS);

/** Replaces each known {{placeholder}} (spaces inside the braces allowed); unknown ones stay as written. */
export function fillPlaceholders(body: string, values: PlaceholderValues): string {
  return body.replace(/\{\{\s*([a-z]+\.[a-z]+)\s*\}\}/g, (whole, name: string) => (KNOWN.has(name) ? values[name as Placeholder] : whole));
}
