import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { listLinkedAccounts, unlinkAccount } from "./linked-accounts";
import { resolveSsoSignIn } from "./sign-in";

async function linkedUser(role: "CUSTOMER" | "AGENT" | "ADMIN" = "CUSTOMER") {
  const user = await makeUser(role);
  const subject = randomUUID();
  const outcome = await resolveSsoSignIn({
    provider: "google",
    subject,
    claims: { sub: subject, email: user.email, email_verified: true },
    autoCreateDomains: [],
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  const account = await db.oAuthAccount.findFirstOrThrow({ where: { userId: user.id }, select: { id: true } });
  return { user, subject, accountId: account.id };
}

describe("linked accounts on the Portal tab", () => {
  it("agents and admins see a user's linked providers, without subjects or tokens", async () => {
    const { user, accountId } = await linkedUser();
    for (const role of ["AGENT", "ADMIN"] as const) {
      const staff = await makeUser(role);
      const list = await listLinkedAccounts(staff, user.id);
      expect(list).toEqual([{ id: accountId, provider: "google", email: user.email, createdAt: expect.any(Date) }]);
    }
  });

  it("a customer cannot list anyone's linked accounts, not even their own", async () => {
    const { user } = await linkedUser();
    const other = await makeUser();
    expect(await listLinkedAccounts(other, user.id)).toBeNull();
    expect(await listLinkedAccounts(user, user.id)).toBeNull();
  });

  it("an agent unlinks an identity; it is audited and that identity no longer signs in as the user", async () => {
    const { user, subject, accountId } = await linkedUser();
    const agent = await makeUser("AGENT");
    expect(await unlinkAccount(agent, { accountId })).toEqual({ ok: true, data: { userId: user.id } });
    expect(await db.oAuthAccount.count({ where: { userId: user.id } })).toBe(0);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "sso.unlink", targetId: user.id } });
    expect(entry.actorId).toBe(agent.id);
    expect(JSON.parse(entry.data)).toMatchObject({ provider: "google", subject });
    expect(await unlinkAccount(agent, { accountId })).toEqual({ ok: false, message: "errors.notFound" });
  });

  it("a customer cannot unlink, not even their own identity, and nothing changes", async () => {
    const { user, accountId } = await linkedUser();
    const other = await makeUser();
    expect(await unlinkAccount(other, { accountId })).toMatchObject({ ok: false, message: "errors.notAllowed" });
    expect(await unlinkAccount(user, { accountId })).toMatchObject({ ok: false, message: "errors.notAllowed" });
    expect(await db.oAuthAccount.count({ where: { id: accountId } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "sso.unlink", targetId: user.id } })).toBe(0);
  });

  it("an agent cannot unlink an agent's or an admin's identity; an admin can", async () => {
    const agent = await makeUser("AGENT");
    const admin = await makeUser("ADMIN");
    for (const role of ["AGENT", "ADMIN"] as const) {
      const { accountId } = await linkedUser(role);
      expect(await unlinkAccount(agent, { accountId })).toMatchObject({ ok: false, message: "errors.notAllowed" });
      expect(await db.oAuthAccount.count({ where: { id: accountId } })).toBe(1);
      expect(await unlinkAccount(admin, { accountId })).toMatchObject({ ok: true });
    }
  });

  it("refuses malformed input", async () => {
    const agent = await makeUser("AGENT");
    expect(await unlinkAccount(agent, { accountId: "" })).toMatchObject({ ok: false, message: "errors.invalid" });
    expect(await unlinkAccount(agent, { accountId: 42 })).toMatchObject({ ok: false, message: "errors.invalid" });
    expect(await unlinkAccount(agent, { accountId: "x".repeat(65) })).toMatchObject({ ok: false, message: "errors.invalid" });
    expect(await listLinkedAccounts(agent, "")).toBeNull();
  });
});
