// What the browser tests tell the local identity providers (e2e/sso/identity-provider.ts).

export type TestIdentity = { login: string; claims: { sub: string } & Record<string, unknown> };

/** Registers (or replaces) an identity at the provider, as its directory would hold it. */
export async function registerIdentity(issuer: string, identity: TestIdentity) {
  const response = await fetch(new URL("/test/identities", issuer), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(identity),
  });
  if (!response.ok) throw new Error(`registerIdentity: ${response.status}`);
}
