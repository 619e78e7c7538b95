import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { authenticateWithPassword } from "./credentials";
import { closeSession, openSession, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { clientIpOf } from "./throttle";

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
  ],
  callbacks: {
    // The token carries only the id of a server-side session row, so deleting the row revokes it.
    async jwt({ token, user }) {
      if (user?.id) {
        token.sid = await openSession(user.id, await requestInfo());
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
