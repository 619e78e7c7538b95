// A real OpenID Connect provider (oidc-provider) on 127.0.0.1, one instance standing in for each of
// Microsoft Entra ID and Google. It has a sign-in page and a consent page, requires PKCE, checks the
// client secret, signs ID tokens and refuses a code used twice. Tests register the identities they
// need (any claims, e.g. email_verified: false) with POST /test/identities.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { exportJWK, generateKeyPair } from "jose";
import Provider, { type Configuration } from "oidc-provider";
import type { TestIdentity } from "./identities";


type Options = { title: string; issuer: string; clientId: string; clientSecret: string; redirectUri: string };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(res: ServerResponse, title: string, body: string, status = 200) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`);
}

async function readBody(req: IncomingMessage): Promise<string> {
  let data = "";
  for await (const chunk of req) {
    data += chunk;
    if (data.length > 100_000) throw new Error("body too large");
  }
  return data;
}

export async function startIdentityProvider(options: Options): Promise<{ server: Server; close: () => Promise<void> }> {
  const identities = new Map<string, TestIdentity>();
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: "RS256", use: "sig", kid: "e2e" }] },
    cookies: { keys: ["e2e-identity-provider-cookie-key"] },
    pkce: { required: () => true },
    // Put the requested claims in the ID token, as Entra and Google do, not only behind userinfo.
    conformIdTokenClaims: false,
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified", "xms_edov", "hd"],
      profile: ["name", "preferred_username"],
    },
    features: { devInteractions: { enabled: false } },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const identity = [...identities.values()].find((i) => i.claims.sub === sub);
      if (!identity) return undefined;
      return { accountId: sub, claims: async () => ({ ...identity.claims }) };
    },
  };
  const provider = new Provider(options.issuer, configuration);
  const callback = provider.callback();
  // Shows in the test output why a code exchange was refused (a replayed code, a wrong redirect URI).
  provider.on("grant.error", (_ctx: unknown, err: Error & { error_detail?: string }) => console.log(`[${options.title}] token request refused: ${err.message} (${err.error_detail})`));

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string, step: string | undefined) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) return page(res, "Unknown interaction", "", 400);
    if (req.method === "GET") {
      if (details.prompt.name === "login") {
        return page(
          res,
          `Sign in to ${options.title}`,
          `<form method="post" action="/interaction/${uid}/login"><label>Account <input name="login" autocomplete="off"></label> <button type="submit">Continue</button></form>`,
        );
      }
      return page(
        res,
        `Allow access`,
        `<p>Portico wants to know your name and email address.</p><form method="post" action="/interaction/${uid}/consent"><button type="submit">Allow</button></form>`,
      );
    }
    const form = new URLSearchParams(await readBody(req));
    if (step === "login") {
      const identity = identities.get(form.get("login") ?? "");
      if (!identity) return page(res, `Sign in to ${options.title}`, `<p role="alert">Unknown account.</p>`, 400);
      return provider.interactionFinished(req, res, { login: { accountId: identity.claims.sub } }, { mergeWithLastSubmission: false });
    }
    const { prompt, params, session } = details;
    const grant = new provider.Grant({ accountId: session!.accountId, clientId: String(params.client_id) });
    const missing = prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", options.issuer);
      if (url.pathname === "/test/identities" && req.method === "POST") {
        const identity = JSON.parse(await readBody(req)) as TestIdentity;
        identities.set(identity.login, identity);
        res.writeHead(204).end();
        return;
      }
      const match = url.pathname.match(/^\/interaction\/([\w-]+)(?:\/(login|consent))?$/);
      if (match) return await interaction(req, res, match[1], match[2]);
      return callback(req, res);
    } catch (error) {
      if (!res.headersSent) page(res, "Error", `<p role="alert">${escape(String(error))}</p>`, 500);
    }
  });
  const { port, hostname } = new URL(options.issuer);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(Number(port), hostname, resolve);
  });
  return { server, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
