import "server-only";
import { createHash, randomBytes, randomInt } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { emailSchema } from "@/lib/accounts/schema";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { checkNewPassword } from "./password-policy";
import { hashPassword } from "./passwords";
import { closeAllSessions } from "./sessions";
import { recordSignInSuccess } from "./throttle";

export const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;

// Every request answers after at least 250 ms plus 0-100 ms of jitter, known email or not, so its
// duration does not tell whether an account exists (the work itself takes far less on either path).
const RESPONSE_FLOOR_MS = 250;
const RESPONSE_JITTER_MS = 100;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Only this digest is stored: a copy of the table cannot be turned into working links. */
function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type PasswordResetRequest = {
  token?: string;
  userId?: string;
  recipient?: { email: string; name: string; locale: string | null; timeZone: string | null };
};

/**
 * "Forgot password": for an account with portal access, a single-use token valid for 30 minutes,
 * replacing any earlier one; for anything else, nothing. The caller emails the link; it must answer
 * the visitor the same way whether a token came back or not.
 */
export async function requestPasswordReset(email: string): Promise<PasswordResetRequest> {
  const answerAt = Date.now() + RESPONSE_FLOOR_MS + randomInt(RESPONSE_JITTER_MS);
  try {
    return await issueResetToken(email);
  } finally {
    await sleep(Math.max(0, answerAt - Date.now()));
  }
}

async function issueResetToken(email: string): Promise<PasswordResetRequest> {
  // Made before the lookup, so a known and an unknown email do the same work up to the write.
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashToken(token);
  const parsed = emailSchema.safeParse(email);
  const user = parsed.success
    ? await db.user.findUnique({
        where: { email: parsed.data },
        select: { id: true, email: true, name: true, locale: true, timeZone: true, portalAccess: true },
      })
    : null;
  if (!user?.portalAccess) return {};
  await db.$transaction([
    db.passwordResetToken.deleteMany({ where: { userId: user.id } }),
    db.passwordResetToken.create({
      data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS) },
    }),
  ]);
  return { token, userId: user.id, recipient: { email: user.email, name: user.name, locale: user.locale, timeZone: user.timeZone } };
}

/**
 * Sets a new password with a token from `requestPasswordReset`. The token is spent only when the
 * password is accepted, and at most once even under concurrent requests; every session of the user
 * is closed. Messages are catalogue keys (auth.*).
 */
export async function resetPasswordWithToken(token: string, newPassword: string): Promise<ActionResult<{ userId: string }>> {
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) return fail("passwords.resetInvalid");
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, expiresAt: true, usedAt: true, user: { select: { email: true, portalAccess: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= new Date() || !row.user.portalAccess) return fail("passwords.resetInvalid");

  const verdict = await checkNewPassword(newPassword, { email: row.user.email });
  if (!verdict.ok) return fail("checkFields", { password: [`passwords.${verdict.reason}`] });
  const passwordHash = await hashPassword(newPassword);

  const spent = await db.$transaction(async (tx) => {
    const now = new Date();
    // The conditional update is the claim: of two requests racing with one token, one gets count 0.
    const claim = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claim.count !== 1) return false;
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, mustChangePassword: false } });
    await tx.passwordResetToken.deleteMany({ where: { userId: row.userId, usedAt: null } });
    await audit(tx, { actorId: row.userId, action: "user.password.reset", targetType: "User", targetId: row.userId });
    return true;
  });
  if (!spent) return fail("passwords.resetInvalid");
  await closeAllSessions(row.userId);
  // Whoever controls the mailbox may sign in now, even if someone else exhausted the account's tries.
  await recordSignInSuccess({ email: row.user.email });
  return ok({ userId: row.userId });
}
