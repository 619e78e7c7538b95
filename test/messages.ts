import { messagesFor } from "@/lib/i18n/messages";
import type { ActionResult } from "@/lib/action-result";

/** The catalogue keys a failed result carries that have no English text in `namespace`. */
export function missingMessages(namespace: "auth", result: ActionResult<unknown>): string[] {
  if (result.ok) return [];
  const keys = [result.message, ...Object.values(result.fieldErrors ?? {}).flat()];
  return keys.filter((key) => {
    const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messagesFor("en")[namespace]);
    return typeof text !== "string";
  });
}
