// Starts the local identity providers for the single sign-on browser tests; stops them afterwards.
import { E2E_BASE_URL, E2E_ENTRA, E2E_GOOGLE } from "../env";
import { startIdentityProvider } from "./identity-provider";

export default async function globalSetup() {
  const providers = await Promise.all([
    startIdentityProvider({ title: "Microsoft (local)", ...E2E_ENTRA, redirectUri: `${E2E_BASE_URL}/api/auth/callback/microsoft-entra-id` }),
    startIdentityProvider({ title: "Google (local)", ...E2E_GOOGLE, redirectUri: `${E2E_BASE_URL}/api/auth/callback/google` }),
  ]);
  return async () => {
    await Promise.all(providers.map((p) => p.close()));
  };
}
