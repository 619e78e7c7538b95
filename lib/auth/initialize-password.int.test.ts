import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { missingMessages } from "@/test/messages";
import { authenticateWithPassword } from "./credentials";
import { changePassword, initializePassword } from "./password-change";
import { verifyPassword } from "./passwords";
import { openSession } from "./sessions";
import { recordSignInFailure, resetSignInThrottle, SIGN_IN_LIMITS } from "./throttle";

const OLD = "the old password of this account";

beforeEach(() => resetSignInThrottle());

const rowOf = (id: string) => db.user.findUniqueOrThrow({ where: { id } });

describe("who may (re)initialize a password", () => {
  it("a customer may not, not even their own, and nothing changes", async () => {
    const alice = await makeUser("CUSTOMER", { password: OLD });
    const bob = await makeUser("CUSTOMER", { password: OLD });
    for (const target of [bob, alice]) {
      const before = await rowOf(target.id);
      const result = await initializePassword(alice, target.id);
      expect(result).toMatchObject({ ok: false, message: "passwords.notAllowed" });
      expect(missingMessages("auth", result)).toEqual([]);
      expect(await rowOf(target.id)).toEqual(before);
    }
  });

  it("an agent may not do it for an admin or another agent", async () => {
    const agent = await makeUser("AGENT");
    for (const role of ["ADMIN", "AGENT"] as const) {
      const target = await makeUser(role, { password: OLD });
      const before = await rowOf(target.id);
      expect(await initializePassword(agent, target.id)).toMatchObject({ ok: false, message: "passwords.notAllowed" });
      expect(await rowOf(target.id)).toEqual(before);
    }
  });

  it("an admin may do it for an agent", async () => {
    const admin = await makeUser("ADMIN");
    const agent = await makeUser("AGENT", { password: OLD });
    expect(await initializePassword(admin, agent.id)).toMatchObject({ ok: true });
    expect((await rowOf(agent.id)).mustChangePassword).toBe(true);
  });

  it("an unknown user is reported as such", async () => {
    const admin = await makeUser("ADMIN");
    const result = await initializePassword(admin, "no-such-user");
    expect(result).toMatchObject({ ok: false, message: "passwords.userNotFound" });
    expect(missingMessages("auth", result)).toEqual([]);
  });
});

describe("an agent (re)initializing a customer's password", () => {
  it("returns a generated password for the email, stores only its hash and forces a change", async () => {
    const agent = await makeUser("AGENT");
    const alice = await makeUser("CUSTOMER", { password: OLD });
    await db.user.update({ where: { id: alice.id }, data: { locale: "es" } });
    const result = await initializePassword(agent, alice.id);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const { password, ...recipient } = result.data;
    expect(recipient).toEqual({ email: alice.email, name: "Test CUSTOMER", locale: "es" });
    expect(password.length).toBeGreaterThanOrEqual(16);

    const row = await rowOf(alice.id);
    expect(row.passwordHash).not.toContain(password);
    expect(row.passwordHash!.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(row.passwordHash!, password)).toBe(true);
    expect(await verifyPassword(row.passwordHash!, OLD)).toBe(false);
    expect(row.mustChangePassword).toBe(true);
  });

  it("signs the customer out everywhere", async () => {
    const agent = await makeUser("AGENT");
    const alice = await makeUser("CUSTOMER", { password: OLD });
    await openSession(alice.id, { signInMethod: "password" });
    await openSession(alice.id, { signInMethod: "password" });
    const agentSession = await openSession(agent.id, { signInMethod: "password" });
    expect(await initializePassword(agent, alice.id)).toMatchObject({ ok: true });
    expect(await db.authSession.count({ where: { userId: alice.id } })).toBe(0);
    expect(await db.authSession.findUnique({ where: { id: agentSession } })).not.toBeNull();
  });

  it("writes an audit entry naming the agent, never the password", async () => {
    const agent = await makeUser("AGENT");
    const alice = await makeUser("CUSTOMER", { password: OLD });
    const result = await initializePassword(agent, alice.id);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const entries = await db.auditLog.findMany({ where: { action: "user.password.initialize", targetId: alice.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: agent.id, targetType: "User" });
    expect(JSON.stringify(await db.auditLog.findMany())).not.toContain(result.data.password);
  });

  it("lets a locked-out customer sign in with the new password and then choose their own", async () => {
    const agent = await makeUser("AGENT");
    const alice = await makeUser("CUSTOMER", { password: OLD });
    for (let i = 0; i < SIGN_IN_LIMITS.account.points; i++) await recordSignInFailure({ email: alice.email });
    const result = await initializePassword(agent, alice.id);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await authenticateWithPassword({ email: alice.email, password: result.data.password }, "203.0.113.5")).toEqual({ id: alice.id });

    const session = await openSession(alice.id, { signInMethod: "password" });
    expect(await changePassword(alice.id, session, result.data.password, "my very own passphrase")).toMatchObject({ ok: true });
    expect((await rowOf(alice.id)).mustChangePassword).toBe(false);
  });
});
