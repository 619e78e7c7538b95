import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { authenticateWithPassword } from "./credentials";
import { closeSession, openSession, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { clientIpOf } from "./client-ip";
import { safeCallback } from "./safe-callback";
import { isSsoProviderId } from "./sso/names";
import { enabledSsoProviders, ssoProviderSettings, type SsoProviderSettings } from "./sso/providers";
import { resolveSsoSignIn, userOfLinkedIdentity } from "./sso/sign-in";

/** An OpenID Connect provider with every check on: PKCE, state and nonce. */
function ssoProvider(settings: SsoProviderSettings) {
  const options = {
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    issuer: settings.issuer,
    checks: ["pkce", "state", "nonce"] as ("pkce" | "state" | "nonce")[],
  };
  if (settings.id === "google") return Google(options);
  return MicrosoftEntraID({
    ...options,
    // Only what signing in needs: no Microsoft Graph scope, and no photo fetched from Graph.
    authorization: { params: { scope: "openid profile email" } },
    profile: (claims) => ({ id: claims.sub, name: claims.name, email: null }),
  });
}

async function requestInfo() {
  try {
    const h = await headers();
    return { userAgent: h.get("user-agent"), ip: clientIpOf(h) };
  } catch {
    return {};
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const user = await authenticateWithPassword(credentials, clientIpOf(request.headers));
        if (!user) throw new CredentialsSignin();
        return user;
      },
    }),
    ...enabledSsoProviders().map(ssoProvider),
  ],
  callbacks: {
    // Every return address Auth.js follows (single sign-on included) goes through the same rule as the sign-in form.
    redirect({ url, baseUrl }) {
      return new URL(safeCallback(url, baseUrl), baseUrl).href;
    },
    // Single sign-on: the provider has authenticated someone; decide which user, if any, that is.
    async signIn({ account, profile }) {
      if (account?.type !== "oidc") return true;
      const settings = isSsoProviderId(account.provider) ? ssoProviderSettings(account.provider) : undefined;
      if (!settings || !profile || profile.sub !== account.providerAccountId) return false;
      // Auth.js re-reads Microsoft's metadata for the token's own tenant (`tid`): insist on ours.
      if (settings.id === "microsoft-entra-id" && profile.iss !== settings.issuer) return false;
      const outcome = await resolveSsoSignIn({
        provider: settings.id,
        subject: account.providerAccountId,
        claims: profile,
        autoCreateDomains: settings.autoCreateDomains,
      });
      return outcome.ok ? true : `/login/no-account?reason=${outcome.reason}`;
    },
    // The token carries only the id of a server-side session row, so deleting the row revokes it.
    async jwt({ token, user, account }) {
      if (account?.type === "oidc") {
        // The provider's user object carries a random id: the session belongs to the linked user.
        const userId = await userOfLinkedIdentity(account.provider, account.providerAccountId);
        if (!userId || !isSsoProviderId(account.provider)) throw new Error("Single sign-on: the identity is not linked to a user with portal access");
        return { sid: await openSession(userId, { signInMethod: account.provider, ...(await requestInfo()) }), sub: userId };
      }
      if (user?.id && account?.type === "credentials") {
        token.sid = await openSession(user.id, { signInMethod: "password", ...(await requestInfo()) });
        token.sub = user.id;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await closeSession(sid);
    },
  },
});
