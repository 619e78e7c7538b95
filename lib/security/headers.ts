// The security headers every response gets from proxy.ts. Pages get a Content-Security-Policy with
// a fresh nonce per request: Next.js puts that nonce on its own scripts (it reads it from the
// request's Content-Security-Policy header), so no inline script without it runs.

export type PolicyInput = {
  nonce: string;
  /** Where a form may send the browser besides Portico: the single sign-on providers' sign-in pages. */
  formActionOrigins: string[];
  /** `next dev` evaluates code for fast refresh. */
  dev: boolean;
};

export function contentSecurityPolicy({ nonce, formActionOrigins, dev }: PolicyInput): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React writes style attributes (brand colours, progress bars); styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${["'self'", ...formActionOrigins].join(" ")}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

const TWO_YEARS = 2 * 365 * 24 * 60 * 60;

/** HSTS (only meaningful, and only sent, over HTTPS) and the browser features Portico never uses. */
export function transportSecurityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    ...(https ? { "Strict-Transport-Security": `max-age=${TWO_YEARS}; includeSubDomains` } : {}),
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  };
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
