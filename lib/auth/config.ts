import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { verifyAgainstNothing, verifyPassword } from "./passwords";
import { closeSession, openSession, SESSION_MAX_AGE_SECONDS } from "./sessions";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

/** Checks an email and password; the same answer (null) for an unknown email and a wrong password. */
export async function authenticateWithPassword(input: unknown): Promise<{ id: string } | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, passwordHash: true, portalAccess: true },
  });
  if (!user?.passwordHash) return verifyAgainstNothing(parsed.data.password).then(() => null);
  const ok = await verifyPassword(user.passwordHash, parsed.data.password);
  if (!ok || !user.portalAccess) return null;
  return { id: user.id };
}

async function requestInfo() {
  try {
    const h = await headers();
    return { userAgent: h.get("user-agent"), ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null };
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
      if (error.name !== "CredentialsSignin") console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const user = await authenticateWithPassword(credentials);
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
