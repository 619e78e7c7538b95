import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { enabledSsoProviders } from "@/lib/auth/sso/providers";
import { contentSecurityPolicy, newNonce, transportSecurityHeaders } from "@/lib/security/headers";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

// Optimistic redirect only: a visitor without any session cookie is sent to sign-in. The real
// checks happen in getSession() and in every query and action. /kb is not listed: the knowledge
// base may be public (a setting in the database), so its pages send visitors to sign-in themselves.
const SIGNED_IN_AREAS = /^\/($|tickets(\/|$)|admin(\/|$)|chat(\/|$)|assets(\/|$)|documents(\/|$)|notes(\/|$)|confirmations(\/|$)|account(\/|$))/;

function signInRedirect(request: NextRequest): NextResponse | null {
  // Only page loads are redirected; a server action (POST) answers for itself, so a form sent
  // after the session ended can say so and keep its text.
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (!SIGNED_IN_AREAS.test(request.nextUrl.pathname)) return null;
  const hasCookie = request.cookies.getAll().some((c) => SESSION_COOKIES.some((name) => c.name.startsWith(name)));
  if (hasCookie) return null;
  const url = new URL("/login", request.url);
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

const formActionOrigins = () => enabledSsoProviders().map((p) => new URL(p.issuer).origin);

export function proxy(request: NextRequest) {
  const https = request.nextUrl.protocol === "https:" || env.APP_URL.startsWith("https:");
  const transport = transportSecurityHeaders({ https });
  const redirect = signInRedirect(request);
  if (redirect) {
    for (const [name, value] of Object.entries(transport)) redirect.headers.set(name, value);
    return redirect;
  }
  const policy = contentSecurityPolicy({ nonce: newNonce(), formActionOrigins: formActionOrigins(), dev: env.NODE_ENV === "development" });
  // Next.js reads the nonce for its own scripts from the request's policy.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(transport)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages and server actions. Not route handlers: Next.js would buffer their request bodies for the
  // proxy (uploads go through lib/storage/upload-form.ts instead), and they set their own headers.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
