import "server-only";
import type { Role } from "@/generated/prisma-sqlite/enums";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { checkNewPassword } from "./password-policy";
import { generatePassword, hashPassword, verifyAgainstNothing, verifyPassword } from "./passwords";
import { isStaff } from "./permissions";
import { closeAllSessions } from "./sessions";
import { checkSignInAllowed, recordSignInFailure, recordSignInSuccess } from "./throttle";

/** How long after signing in a forced change does not ask for the emailed password again. */
export const FRESH_SIGN_IN_MINUTES = 10;

/**
 * Whether this session may make the forced change without typing the emailed password again:
 * the user must change it, and signed in with it (this session began with a password, not single
 * sign-on) a few minutes ago.
 */
export async function isFreshForcedChange(userId: string, sessionId: string, now = new Date()): Promise<boolean> {
  const session = await db.authSession.findFirst({
    where: { id: sessionId, userId, signInMethod: "password", expiresAt: { gt: now }, user: { mustChangePassword: true } },
    select: { createdAt: true },
  });
  return !!session && now.getTime() - session.createdAt.getTime() <= FRESH_SIGN_IN_MINUTES * 60_000;
}

/**
 * A signed-in user replaces their password, proving the current one, except on the forced change
 * right after signing in with the emailed password (isFreshForcedChange: they just typed it, and
 * an empty current password is then accepted). Clears the forced change and signs out every other
 * browser. Messages are catalogue keys (auth.*).
 */
export async function changePassword(
  userId: string,
  currentSessionId: string,
  currentPassword: string,
  newPassword: string,
): Promise<ActionResult> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, passwordHash: true, portalAccess: true },
  });
  if (!user?.portalAccess) return fail("passwords.notAllowed");

  // Guessing the current password from a borrowed session counts like guessing it at sign-in.
  const attempt = { email: user.email };
  if (!(await checkSignInAllowed(attempt)).allowed) return fail("passwords.tooManyAttempts");
  if (currentPassword === "" && (await isFreshForcedChange(userId, currentSessionId))) {
    if (user.passwordHash && (await verifyPassword(user.passwordHash, newPassword))) {
      return fail("checkFields", { password: ["passwords.sameAsCurrent"] });
    }
    return store(userId, currentSessionId, newPassword, user.email, attempt);
  }
  const currentOk = user.passwordHash
    ? await verifyPassword(user.passwordHash, currentPassword)
    : await verifyAgainstNothing(currentPassword);
  if (!currentOk) {
    await recordSignInFailure(attempt);
    return fail("checkFields", { currentPassword: ["passwords.currentWrong"] });
  }

  if (newPassword.normalize("NFC") === currentPassword.normalize("NFC")) {
    return fail("checkFields", { password: ["passwords.sameAsCurrent"] });
  }
  return store(userId, currentSessionId, newPassword, user.email, attempt);
}

async function store(userId: string, currentSessionId: string, newPassword: string, email: string, attempt: { email: string }): Promise<ActionResult> {
  const verdict = await checkNewPassword(newPassword, { email });
  if (!verdict.ok) return fail("checkFields", { password: [`passwords.${verdict.reason}`] });

  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: false } });
    await tx.passwordResetToken.deleteMany({ where: { userId, usedAt: null } });
    await audit(tx, { actorId: userId, action: "user.password.change", targetType: "User", targetId: userId });
  });
  await closeAllSessions(userId, currentSessionId);
  await recordSignInSuccess(attempt);
  return ok(undefined);
}

export type InitializedPassword = { email: string; name: string; locale: string | null; password: string };

/**
 * "(Re)Initialize Password": gives the user a generated password they must change at next sign-in,
 * and signs them out everywhere. Agents may do it for customers only; admins for anyone. The
 * password is returned once, for the caller to email; only its hash is stored, and never logged.
 */
export async function initializePassword(
  actor: { id: string; role: Role },
  targetUserId: string,
): Promise<ActionResult<InitializedPassword>> {
  if (!isStaff(actor)) return fail("passwords.notAllowed");
  const target = await db.user.findUnique({
    where: { id: targetUserId },
    select: { id: true, email: true, name: true, locale: true, role: true },
  });
  if (!target) return fail("passwords.userNotFound");
  if (actor.role !== "ADMIN" && target.role !== "CUSTOMER") return fail("passwords.notAllowed");

  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: target.id }, data: { passwordHash, mustChangePassword: true } });
    await tx.passwordResetToken.deleteMany({ where: { userId: target.id, usedAt: null } });
    await audit(tx, {
      actorId: actor.id,
      action: "user.password.initialize",
      targetType: "User",
      targetId: target.id,
      data: { email: target.email },
    });
  });
  await closeAllSessions(target.id);
  // The help desk's answer to a locked-out user: the new password works at once.
  await recordSignInSuccess({ email: target.email });
  return ok({ email: target.email, name: target.name, locale: target.locale, password });
}
