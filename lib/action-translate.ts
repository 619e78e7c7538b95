import "server-only";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "./action-result";
import type { Messages } from "./i18n/messages";

/** Turns the catalogue keys of a failed result into the viewer's language. */
export async function translateResult<T>(
  namespace: keyof Messages,
  result: ActionResult<T>,
  values?: Record<string, string | number>,
): Promise<ActionResult<T>> {
  if (result.ok) return result;
  const t = (await getTranslations(namespace)) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const fieldErrors = result.fieldErrors
    ? Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k, v.map((key) => t(key, values))]))
    : undefined;
  return { ok: false, message: t(result.message, values), fieldErrors };
}
