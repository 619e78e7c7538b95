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

type ParseError = { issues: readonly { path: readonly PropertyKey[]; message: string }[] };

/** The messages (catalogue keys) of a failed zod parse, by field name. */
export function fieldErrorsOf(error: ParseError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return out;
}

/** A refusal for input that did not parse: `message` for the form, the issues by field. */
export function invalid(error: ParseError, message: string) {
  return fail(message, fieldErrorsOf(error));
}
