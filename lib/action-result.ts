import type { z } from "zod";

/** What every server action returns for expected outcomes; unexpected faults throw. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function fail(message: string, fieldErrors?: Record<string, string[]>): { ok: false; message: string; fieldErrors?: Record<string, string[]> } {
  return { ok: false, message, fieldErrors };
}

/** Field errors of a failed zod parse, keyed by field name, as messages already translated. */
export function fieldErrorsOf(error: z.ZodError, translate: (key: string) => string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (out[field] ??= []).push(translate(issue.message));
  }
  return out;
}
