/**
 * Whether a request that changes data was sent by another site: it carries an Origin that does not
 * name this host. A browser sends no Origin on some same-origin requests, so a missing one passes;
 * "null" (a sandboxed frame, a data: page) and anything unparseable do not.
 */
export function isForeignOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  try {
    return new URL(origin).host !== request.headers.get("host");
  } catch {
    return true;
  }
}
