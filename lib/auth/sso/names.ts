// The single sign-on providers Portico knows, by their Auth.js ids (also the callback path:
// /api/auth/callback/<id>). Safe to import from client components.
export const SSO_PROVIDER_IDS = ["microsoft-entra-id", "google"] as const;
export type SsoProviderId = (typeof SSO_PROVIDER_IDS)[number];

export const SSO_PROVIDER_NAMES: Record<SsoProviderId, string> = {
  "microsoft-entra-id": "Microsoft",
  google: "Google",
};

export function isSsoProviderId(value: unknown): value is SsoProviderId {
  return typeof value === "string" && (SSO_PROVIDER_IDS as readonly string[]).includes(value);
}
