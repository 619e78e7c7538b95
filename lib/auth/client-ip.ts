import { isIP } from "node:net";
import { env } from "@/lib/env";
import { normalize, parseTrustedProxies, type TrustedProxies } from "./trusted-proxies";

export { parseTrustedProxies } from "./trusted-proxies";

// Which address the sign-in and password-reset throttles count. scripts/serve.mjs appends every
// connection's socket address to X-Forwarded-For, as a proxy does, so the last entry is always the
// peer that really connected. Entries further left are only believed while the entry to their
// right is a proxy named in TRUSTED_PROXIES: read from the right, as each proxy appends.

export const UNKNOWN_IP = "unknown";

function isTrusted(ip: string, trusted: TrustedProxies) {
  if (Array.isArray(trusted)) return false;
  return trusted.blocks.check(ip, isIP(ip) === 4 ? "ipv4" : "ipv6");
}

/** The client's address: the nearest X-Forwarded-For entry, from the right, that is not a trusted proxy. */
export function clientIpFrom(headers: Headers, trusted: TrustedProxies): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const ip = normalize(hops[i]);
    if (!ip) return UNKNOWN_IP;
    if (i === 0 || !isTrusted(ip, trusted)) return ip;
  }
  return UNKNOWN_IP;
}

let configured: TrustedProxies | undefined;

/** The client's address behind the proxies named in TRUSTED_PROXIES. */
export function clientIpOf(headers: Headers): string {
  configured ??= parseTrustedProxies(env.TRUSTED_PROXIES);
  return clientIpFrom(headers, configured);
}
