import { env } from "@/lib/env";

const DEFAULT_PAGE = "/";
const MAX_LENGTH = 2000;

/**
 * Where the browser may go after sign-in: the address is resolved with the WHATWG URL parser (the
 * one browsers use, which drops tabs and newlines and reads "\" as "/") against Portico's own
 * origin, and only the path and query of a same-origin result are kept. Anything else, including
 * an address the parser refuses, goes to the default page.
 */
export function safeCallback(url: string | undefined, appOrigin: string = env.APP_URL): string {
  if (!url || url.length > MAX_LENGTH) return DEFAULT_PAGE;
  const origin = new URL(appOrigin).origin;
  let resolved: URL;
  try {
    resolved = new URL(url, origin);
  } catch {
    return DEFAULT_PAGE;
  }
  if (resolved.origin !== origin) return DEFAULT_PAGE;
  const local = resolved.pathname + resolved.search;
  // "//host" and "/\host" would be read by the browser as another host.
  if (!local.startsWith("/") || local.startsWith("//") || local.startsWith("/\\")) return DEFAULT_PAGE;
  return local;
}
