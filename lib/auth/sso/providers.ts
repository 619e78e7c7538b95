import "server-only";
import { env } from "@/lib/env";
import type { SsoProviderId } from "./names";

export type SsoProviderSettings = {
  id: SsoProviderId;
  clientId: string;
  clientSecret: string;
  issuer: string;
  /** Email domains whose unknown users are created as customers on first sign-in; empty: never. */
  autoCreateDomains: string[];
};

/** What /admin/settings shows: never the secret, nor the client id. */
export type SsoProviderStatus = {
  id: SsoProviderId;
  state: "active" | "off" | "incomplete";
  issuer: string | null;
  callbackUrl: string;
  autoCreateDomains: string[];
};

export const GOOGLE_ISSUER = "https://accounts.google.com";

/** The Entra issuer, always one tenant's: `https://login.microsoftonline.com/<tenant>/v2.0`, never `common`. */
function entraIssuer(): string | undefined {
  if (env.AUTH_MICROSOFT_ENTRA_ID_ISSUER) return env.AUTH_MICROSOFT_ENTRA_ID_ISSUER;
  const tenant = env.AUTH_MICROSOFT_ENTRA_ID_TENANT_ID;
  return tenant ? `https://login.microsoftonline.com/${tenant.toLowerCase()}/v2.0` : undefined;
}

type Candidate = { id: SsoProviderId; clientId?: string; clientSecret?: string; issuer?: string; autoCreateDomains: string[] };

function candidates(): Candidate[] {
  return [
    {
      id: "microsoft-entra-id",
      clientId: env.AUTH_MICROSOFT_ENTRA_ID_ID,
      clientSecret: env.AUTH_MICROSOFT_ENTRA_ID_SECRET,
      // Without a tenant there is no issuer: a multi-tenant sign-in would accept addresses any
      // directory can claim, so Microsoft stays off until a tenant is configured.
      issuer: entraIssuer(),
      autoCreateDomains: env.AUTH_MICROSOFT_ENTRA_ID_AUTO_CREATE_DOMAINS,
    },
    {
      id: "google",
      clientId: env.AUTH_GOOGLE_ID,
      clientSecret: env.AUTH_GOOGLE_SECRET,
      issuer: env.AUTH_GOOGLE_ISSUER ?? GOOGLE_ISSUER,
      autoCreateDomains: env.AUTH_GOOGLE_AUTO_CREATE_DOMAINS,
    },
  ];
}

function isComplete(c: Candidate): c is Candidate & { clientId: string; clientSecret: string; issuer: string } {
  return Boolean(c.clientId && c.clientSecret && c.issuer);
}

/** The providers that are configured, in the order the sign-in page shows them. */
export function enabledSsoProviders(): SsoProviderSettings[] {
  return candidates().filter(isComplete).map(({ id, clientId, clientSecret, issuer, autoCreateDomains }) => ({ id, clientId, clientSecret, issuer, autoCreateDomains }));
}

export function ssoProviderSettings(id: SsoProviderId): SsoProviderSettings | undefined {
  return enabledSsoProviders().find((p) => p.id === id);
}

/** Every known provider with whether it is on; partial configuration shows as "incomplete". */
export function ssoProviderStatuses(): SsoProviderStatus[] {
  return candidates().map((c) => {
    const tenantSet = c.id === "microsoft-entra-id" && Boolean(env.AUTH_MICROSOFT_ENTRA_ID_TENANT_ID);
    const anySet = Boolean(c.clientId || c.clientSecret) || tenantSet;
    return {
      id: c.id,
      state: isComplete(c) ? "active" : anySet ? "incomplete" : "off",
      issuer: isComplete(c) ? c.issuer : null,
      callbackUrl: new URL(`/api/auth/callback/${c.id}`, env.APP_URL).toString(),
      autoCreateDomains: isComplete(c) ? c.autoCreateDomains : [],
    };
  });
}
