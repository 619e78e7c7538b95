import { NextResponse, type NextRequest } from "next/server";

// Optimistic redirect only: a visitor without any session cookie is sent to sign-in. The real
// checks happen in getSession() and in every query and action. /kb is not listed: the knowledge
// base may be public (a setting in the database), so its pages send visitors to sign-in themselves.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  // Only page loads are redirected; a server action (POST) answers for itself, so a form sent
  // after the session ended can say so and keep its text.
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const hasCookie = request.cookies.getAll().some((c) => SESSION_COOKIES.some((name) => c.name.startsWith(name)));
  if (hasCookie) return NextResponse.next();
  const url = new URL("/login", request.url);
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/", "/tickets/:path*", "/admin/:path*", "/chat/:path*", "/assets/:path*", "/documents/:path*", "/notes/:path*", "/confirmations/:path*", "/account/:path*"],
};
