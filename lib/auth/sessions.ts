import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { SsoProviderId } from "./sso/names";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** How a browser signed in: with a password, or through a single sign-on provider. */
export type SignInMethod = "password" | SsoProviderId;

/** Records a signed-in browser; the returned id is the only thing the session cookie carries. */
export async function openSession(userId: string, info: { signInMethod: SignInMethod; userAgent?: string | null; ip?: string | null }) {
  const id = randomBytes(32).toString("base64url");
  await db.authSession.create({
    data: {
      id,
      userId,
      userAgent: info.userAgent?.slice(0, 300) ?? null,
      ip: info.ip?.slice(0, 100) ?? null,
      signInMethod: info.signInMethod,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
  await db.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
  return id;
}

export async function closeSession(sessionId: string) {
  await db.authSession.deleteMany({ where: { id: sessionId } });
}

/** Signs a user out everywhere, optionally keeping the browser they are using. */
export async function closeAllSessions(userId: string, keepSessionId?: string) {
  await db.authSession.deleteMany({
    where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
  });
}
