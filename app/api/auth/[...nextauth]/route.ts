import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { getSession } from "@/lib/auth/session";

/**
 * Next hands route handlers a URL on its own listening address (and spells 127.0.0.1 "localhost"),
 * while the sign-in server action builds its URLs from the Host and X-Forwarded-* headers. Both
 * must agree, or the redirect URI sent at the code exchange differs from the one the provider was
 * given. So Auth.js gets the request at the address the browser asked for, as a plain Request:
 * a NextRequest would rewrite 127.0.0.1 again. Auth.js reads only the standard Request fields.
 */
function asRequested(request: NextRequest): NextRequest {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return request;
  const protocol = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  let url: URL;
  try {
    url = new URL(request.nextUrl.pathname + request.nextUrl.search, `${protocol.split(",")[0].trim()}://${host.split(",")[0].trim()}`);
  } catch {
    return request; // a Host header that names no host: Auth.js answers on Next's own address
  }
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : request.body;
  return new Request(url, { method: request.method, headers: request.headers, body, duplex: "half" } as RequestInit) as NextRequest;
}

export async function GET(request: NextRequest) {
  // Auth.js answers from the cookie alone; a cookie whose session row was revoked (signed out
  // everywhere, password changed, account closed) is answered as signed out, as Auth.js spells it.
  if (request.nextUrl.pathname === "/api/auth/session" && !(await getSession())) {
    return Response.json(null, { headers: { "Cache-Control": "no-store" } });
  }
  return handlers.GET(asRequested(request));
}
export const POST = (request: NextRequest) => handlers.POST(asRequested(request));
