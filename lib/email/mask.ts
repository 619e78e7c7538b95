import en from "@/messages/en/email.json" with { type: "json" };
import es from "@/messages/es/email.json" with { type: "json" };

/** Kinds of email that carry a secret in one of their "Label: value" lines, and those labels. */
const SECRET_LINES: Record<string, string[]> = {
  passwordInitialized: [en.passwordInitialized.passwordLabel, es.passwordInitialized.passwordLabel],
};

export const MASK = "••••••••";

/**
 * The body as the outbox shows it: the value of a secret line (a generated password) replaced by
 * a mask, on the server, so the secret never reaches the admin's browser.
 */
export function maskSecrets(kind: string, text: string): { text: string; masked: boolean } {
  const labels = SECRET_LINES[kind];
  if (!labels) return { text, masked: false };
  let masked = false;
  const out = text
    .split("\n")
    .map((line) => {
      const label = labels.find((l) => line.startsWith(`${l}: `));
      if (!label) return line;
      masked = true;
      return `${label}: ${MASK}`;
    })
    .join("\n");
  return { text: out, masked };
}
