import { emailSchema } from "@/lib/accounts/schema";
import type { SsoProviderId } from "./names";

export type IdTokenClaims = Record<string, unknown>;

function normalized(value: unknown): string | null {
  const parsed = emailSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function isTrue(value: unknown) {
  return value === true || value === "true" || value === 1 || value === "1";
}

/**
 * The email address the provider vouches for, lower-cased, or null when it vouches for none.
 *
 * Google: `email` only when `email_verified` is true.
 * Microsoft Entra ID (issuer pinned to one tenant): `email` only when `xms_edov` says the
 * tenant owns its domain, because `email` is otherwise whatever the directory holds. Without it,
 * the user principal name (`preferred_username`): a member's UPN must end in a domain the tenant
 * has verified. Guests (`#EXT#` in the UPN) are refused: their UPN is not an address at all.
 */
export function verifiedEmailOf(provider: SsoProviderId, claims: IdTokenClaims): string | null {
  if (provider === "google") {
    return claims.email_verified === true ? normalized(claims.email) : null;
  }
  if (isTrue(claims.xms_edov)) {
    const email = normalized(claims.email);
    if (email) return email;
  }
  const upn = claims.preferred_username;
  if (typeof upn === "string" && !upn.toUpperCase().includes("#EXT#")) return normalized(upn);
  return null;
}

/** The domain of an address, for the auto-create lists. */
export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1);
}

/**
 * Whether an unknown address may become a new customer. Google's `hd` claim must name the
 * domain too: only a Google Workspace account of that domain is managed by it, while a personal
 * Google account may keep a verified company address after its owner has left.
 */
export function mayAutoCreate(provider: SsoProviderId, email: string, claims: IdTokenClaims, domains: string[]): boolean {
  const domain = domainOf(email);
  if (!domains.includes(domain)) return false;
  if (provider === "google") return typeof claims.hd === "string" && claims.hd.toLowerCase() === domain;
  return true;
}
