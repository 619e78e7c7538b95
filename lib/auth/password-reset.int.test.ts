import { createHash, randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { missingMessages } from "@/test/messages";
import { verifyPassword } from "./passwords";
import { RESET_TOKEN_TTL_MS, requestPasswordReset, resetPasswordWithToken } from "./password-reset";
import { openSession } from "./sessions";
import { resetSignInThrottle } from "./throttle";

const OLD = "the old password of this account";
const NEW = "a brand new passphrase for spring";

beforeEach(() => resetSignInThrottle());

async function userWithPassword() {
  return makeUser("CUSTOMER", { password: OLD });
}

async function tokenFor(email: string) {
  const { token, userId } = await requestPasswordReset(email);
  if (!token || !userId) throw new Error("no token issued");
  return { token, userId };
}

const passwordHashOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).passwordHash ?? "";

describe("requesting a password reset", () => {
  it("issues a 32-byte token, valid for 30 minutes, of which only the SHA-256 digest is stored", async () => {
    const alice = await userWithPassword();
    const before = Date.now();
    const result = await requestPasswordReset(`  ${alice.email.toUpperCase()} `);
    expect(result.userId).toBe(alice.id);
    expect(result.recipient).toMatchObject({ email: alice.email, name: "Test CUSTOMER" });
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(result.token!, "base64url")).toHaveLength(32);

    const rows = await db.passwordResetToken.findMany({ where: { userId: alice.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(createHash("sha256").update(result.token!).digest("hex"));
    expect(rows[0].usedAt).toBeNull();
    const ttl = rows[0].expiresAt.getTime() - before;
    expect(ttl).toBeGreaterThan(RESET_TOKEN_TTL_MS - 60_000);
    expect(ttl).toBeLessThanOrEqual(RESET_TOKEN_TTL_MS + 5_000);
    const everything = JSON.stringify(await db.passwordResetToken.findMany());
    expect(everything).not.toContain(result.token);
  });

  it("creates nothing for an unknown email or an account without portal access, and takes as long", async () => {
    const blocked = await userWithPassword();
    await db.user.update({ where: { id: blocked.id }, data: { portalAccess: false } });
    const tokensBefore = await db.passwordResetToken.count();
    for (const email of [`nobody-${randomUUID()}@example.test`, blocked.email, "not an email"]) {
      const started = Date.now();
      expect(await requestPasswordReset(email)).toEqual({});
      expect(Date.now() - started).toBeGreaterThanOrEqual(249);
    }
    expect(await db.passwordResetToken.count()).toBe(tokensBefore);

    const alice = await userWithPassword();
    const started = Date.now();
    await requestPasswordReset(alice.email);
    expect(Date.now() - started).toBeGreaterThanOrEqual(249);
  });

  it("a new request invalidates the previous link", async () => {
    const alice = await userWithPassword();
    const first = await tokenFor(alice.email);
    const second = await tokenFor(alice.email);
    expect(await resetPasswordWithToken(first.token, NEW)).toMatchObject({ ok: false, message: "passwords.resetInvalid" });
    expect(await resetPasswordWithToken(second.token, NEW)).toEqual({ ok: true, data: { userId: alice.id } });
  });
});

describe("resetting the password with a token", () => {
  it("sets the new password, clears a forced change and closes every session", async () => {
    const alice = await userWithPassword();
    await db.user.update({ where: { id: alice.id }, data: { mustChangePassword: true } });
    await openSession(alice.id, { signInMethod: "password", userAgent: "laptop" });
    await openSession(alice.id, { signInMethod: "password", userAgent: "phone" });
    const bob = await userWithPassword();
    await openSession(bob.id, { signInMethod: "password" });
    const { token } = await tokenFor(alice.email);

    expect(await resetPasswordWithToken(token, NEW)).toEqual({ ok: true, data: { userId: alice.id } });
    const row = await db.user.findUniqueOrThrow({ where: { id: alice.id } });
    expect(await verifyPassword(row.passwordHash!, NEW)).toBe(true);
    expect(await verifyPassword(row.passwordHash!, OLD)).toBe(false);
    expect(row.mustChangePassword).toBe(false);
    expect(await db.authSession.count({ where: { userId: alice.id } })).toBe(0);
    expect(await db.authSession.count({ where: { userId: bob.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "user.password.reset", targetId: alice.id } })).toBe(1);
  });

  it("works once only", async () => {
    const alice = await userWithPassword();
    const { token } = await tokenFor(alice.email);
    expect(await resetPasswordWithToken(token, NEW)).toMatchObject({ ok: true });
    expect((await db.passwordResetToken.findFirstOrThrow({ where: { userId: alice.id } })).usedAt).not.toBeNull();
    const again = await resetPasswordWithToken(token, "yet another passphrase to try");
    expect(again).toMatchObject({ ok: false, message: "passwords.resetInvalid" });
    expect(missingMessages("auth", again)).toEqual([]);
    expect(await verifyPassword(await passwordHashOf(alice.id), NEW)).toBe(true);
  });

  it("works once only when two requests race with the same token", async () => {
    const alice = await userWithPassword();
    const { token } = await tokenFor(alice.email);
    const results = await Promise.all([
      resetPasswordWithToken(token, "first racer passphrase"),
      resetPasswordWithToken(token, "second racer passphrase"),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, message: "passwords.resetInvalid", fieldErrors: undefined }]);
  });

  it("refuses an expired token and changes nothing", async () => {
    const alice = await userWithPassword();
    const { token } = await tokenFor(alice.email);
    await db.passwordResetToken.updateMany({ where: { userId: alice.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const hash = await passwordHashOf(alice.id);
    expect(await resetPasswordWithToken(token, NEW)).toMatchObject({ ok: false, message: "passwords.resetInvalid" });
    expect(await passwordHashOf(alice.id)).toBe(hash);
  });

  it("refuses made-up and malformed tokens", async () => {
    for (const token of ["", "abc", "A".repeat(43), "x".repeat(5000)]) {
      expect(await resetPasswordWithToken(token, NEW)).toMatchObject({ ok: false, message: "passwords.resetInvalid" });
    }
  });

  it("refuses a token once the account has lost portal access", async () => {
    const alice = await userWithPassword();
    const { token } = await tokenFor(alice.email);
    await db.user.update({ where: { id: alice.id }, data: { portalAccess: false } });
    expect(await resetPasswordWithToken(token, NEW)).toMatchObject({ ok: false, message: "passwords.resetInvalid" });
  });

  it("applies the password policy and keeps the token for a better try", async () => {
    const alice = await userWithPassword();
    await openSession(alice.id, { signInMethod: "password" });
    const { token } = await tokenFor(alice.email);
    const hash = await passwordHashOf(alice.id);
    for (const [password, reason] of [["password", "common"], ["short", "tooShort"], [alice.email, "sameAsEmail"]]) {
      const result = await resetPasswordWithToken(token, password);
      expect(result).toMatchObject({ ok: false, message: "checkFields", fieldErrors: { password: [`passwords.${reason}`] } });
      expect(missingMessages("auth", result)).toEqual([]);
    }
    expect(await passwordHashOf(alice.id)).toBe(hash);
    expect(await db.authSession.count({ where: { userId: alice.id } })).toBe(1);
    expect(await resetPasswordWithToken(token, NEW)).toMatchObject({ ok: true });
  });
});
