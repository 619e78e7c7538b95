import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { missingMessages } from "@/test/messages";
import { changePassword, isFreshForcedChange } from "./password-change";
import { requestPasswordReset, resetPasswordWithToken } from "./password-reset";
import { verifyPassword } from "./passwords";
import { openSession } from "./sessions";
import { resetSignInThrottle, SIGN_IN_LIMITS } from "./throttle";

const OLD = "the old password of this account";
const NEW = "a brand new passphrase for spring";

beforeEach(() => resetSignInThrottle());

async function signedInUser() {
  const user = await makeUser("CUSTOMER", { password: OLD });
  const current = await openSession(user.id, { signInMethod: "password", userAgent: "this browser" });
  const other = await openSession(user.id, { signInMethod: "password", userAgent: "another browser" });
  return { ...user, current, other };
}

const rowOf = (id: string) => db.user.findUniqueOrThrow({ where: { id } });
const sessionIds = async (userId: string) => (await db.authSession.findMany({ where: { userId } })).map((s) => s.id);

describe("changing one's password", () => {
  it("stores the new password, clears a forced change, keeps this session and closes the others", async () => {
    const alice = await signedInUser();
    await db.user.update({ where: { id: alice.id }, data: { mustChangePassword: true } });
    expect(await changePassword(alice.id, alice.current, OLD, NEW)).toEqual({ ok: true, data: undefined });
    const row = await rowOf(alice.id);
    expect(await verifyPassword(row.passwordHash!, NEW)).toBe(true);
    expect(await verifyPassword(row.passwordHash!, OLD)).toBe(false);
    expect(row.mustChangePassword).toBe(false);
    expect(await sessionIds(alice.id)).toEqual([alice.current]);
    expect(await db.auditLog.count({ where: { action: "user.password.change", targetId: alice.id } })).toBe(1);
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const alice = await signedInUser();
    const before = await rowOf(alice.id);
    const result = await changePassword(alice.id, alice.current, "not my password at all", NEW);
    expect(result).toMatchObject({ ok: false, message: "checkFields", fieldErrors: { currentPassword: ["passwords.currentWrong"] } });
    expect(missingMessages("auth", result)).toEqual([]);
    expect((await rowOf(alice.id)).passwordHash).toBe(before.passwordHash);
    expect((await sessionIds(alice.id)).sort()).toEqual([alice.current, alice.other].sort());
  });

  it("applies the password policy and refuses keeping the same password", async () => {
    const alice = await signedInUser();
    const before = await rowOf(alice.id);
    for (const [password, reason] of [["password", "common"], ["Qwertyuiop", "common"], ["7chars!", "tooShort"], [OLD, "sameAsCurrent"]]) {
      const result = await changePassword(alice.id, alice.current, OLD, password);
      expect(result).toMatchObject({ ok: false, fieldErrors: { password: [`passwords.${reason}`] } });
      expect(missingMessages("auth", result)).toEqual([]);
    }
    expect((await rowOf(alice.id)).passwordHash).toBe(before.passwordHash);
    expect(await sessionIds(alice.id)).toHaveLength(2);
  });

  it("stops guessing the current password after as many failures as sign-in allows", async () => {
    const alice = await signedInUser();
    for (let i = 0; i < SIGN_IN_LIMITS.account.points; i++) {
      expect(await changePassword(alice.id, alice.current, `guess number ${i}`, NEW)).toMatchObject({ ok: false });
    }
    const result = await changePassword(alice.id, alice.current, OLD, NEW);
    expect(result).toMatchObject({ ok: false, message: "passwords.tooManyAttempts" });
    expect(missingMessages("auth", result)).toEqual([]);
    expect(await verifyPassword((await rowOf(alice.id)).passwordHash!, OLD)).toBe(true);
  });

  it("refuses an unknown user or one without portal access", async () => {
    expect(await changePassword("no-such-user", "x", OLD, NEW)).toMatchObject({ ok: false, message: "passwords.notAllowed" });
    const alice = await signedInUser();
    await db.user.update({ where: { id: alice.id }, data: { portalAccess: false } });
    expect(await changePassword(alice.id, alice.current, OLD, NEW)).toMatchObject({ ok: false, message: "passwords.notAllowed" });
  });

  it("spends any pending reset link", async () => {
    const alice = await signedInUser();
    const { token } = await requestPasswordReset(alice.email);
    expect(await changePassword(alice.id, alice.current, OLD, NEW)).toMatchObject({ ok: true });
    expect(await resetPasswordWithToken(token!, "someone else's passphrase")).toMatchObject({ ok: false, message: "passwords.resetInvalid" });
  });
});

describe("the forced change right after signing in", () => {
  it("does not ask again for the emailed password in a session begun minutes ago", async () => {
    const alice = await signedInUser();
    await db.user.update({ where: { id: alice.id }, data: { mustChangePassword: true } });
    expect(await changePassword(alice.id, alice.current, "", NEW)).toEqual({ ok: true, data: undefined });
    const row = await rowOf(alice.id);
    expect(await verifyPassword(row.passwordHash!, NEW)).toBe(true);
    expect(row.mustChangePassword).toBe(false);
  });

  it("still refuses the same password as the emailed one", async () => {
    const alice = await signedInUser();
    await db.user.update({ where: { id: alice.id }, data: { mustChangePassword: true } });
    expect(await changePassword(alice.id, alice.current, "", OLD)).toMatchObject({ ok: false, fieldErrors: { password: ["passwords.sameAsCurrent"] } });
  });

  it("asks for the current password in an older session, and when no change is required", async () => {
    const alice = await signedInUser();
    await db.user.update({ where: { id: alice.id }, data: { mustChangePassword: true } });
    await db.authSession.update({ where: { id: alice.current }, data: { createdAt: new Date(Date.now() - 11 * 60_000) } });
    expect(await changePassword(alice.id, alice.current, "", NEW)).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["passwords.currentWrong"] } });

    const bob = await signedInUser();
    expect(await changePassword(bob.id, bob.current, "", NEW)).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["passwords.currentWrong"] } });
    expect(await verifyPassword((await rowOf(bob.id)).passwordHash!, OLD)).toBe(true);
  });

  it("asks for the current password in a session opened by single sign-on, however fresh", async () => {
    const alice = await signedInUser();
    await db.user.update({ where: { id: alice.id }, data: { mustChangePassword: true } });
    for (const provider of ["google", "microsoft-entra-id"] as const) {
      const sso = await openSession(alice.id, { signInMethod: provider });
      expect(await isFreshForcedChange(alice.id, sso)).toBe(false);
      expect(await changePassword(alice.id, sso, "", NEW)).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["passwords.currentWrong"] } });
    }
    expect(await verifyPassword((await rowOf(alice.id)).passwordHash!, OLD)).toBe(true);
    expect(await isFreshForcedChange(alice.id, alice.current)).toBe(true);
  });

  it("does not accept another person's fresh session", async () => {
    const alice = await signedInUser();
    const mallory = await signedInUser();
    await db.user.update({ where: { id: alice.id }, data: { mustChangePassword: true } });
    expect(await changePassword(alice.id, mallory.current, "", NEW)).toMatchObject({ ok: false });
    expect(await verifyPassword((await rowOf(alice.id)).passwordHash!, OLD)).toBe(true);
  });
});
