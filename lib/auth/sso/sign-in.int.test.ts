import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/factories";
import { resolveSsoSignIn, userOfLinkedIdentity } from "./sign-in";

const google = (subject: string, email: string, extra: Record<string, unknown> = {}) => ({
  provider: "google" as const,
  subject,
  claims: { sub: subject, email, email_verified: true, ...extra },
  autoCreateDomains: [] as string[],
});

describe("signing in with a provider", () => {
  it("matches a verified email case-insensitively, links (provider, subject) once and audits it", async () => {
    const ana = await makeUser();
    const subject = randomUUID();
    const outcome = await resolveSsoSignIn(google(subject, ana.email.toUpperCase()));
    expect(outcome).toEqual({ ok: true, userId: ana.id });
    expect(await db.oAuthAccount.findMany({ where: { userId: ana.id }, select: { provider: true, providerAccountId: true } })).toEqual([
      { provider: "google", providerAccountId: subject },
    ]);
    expect(await db.auditLog.count({ where: { action: "sso.link", targetId: ana.id } })).toBe(1);
    expect(await userOfLinkedIdentity("google", subject)).toBe(ana.id);
  });

  it("recognises a linked identity by its subject only: a changed email cannot take over another account", async () => {
    const ana = await makeUser();
    const bob = await makeUser();
    const subject = randomUUID();
    await resolveSsoSignIn(google(subject, ana.email));
    const later = await resolveSsoSignIn(google(subject, bob.email));
    expect(later).toEqual({ ok: true, userId: ana.id });
    expect(await db.oAuthAccount.count({ where: { userId: bob.id } })).toBe(0);
  });

  it("does not match by email a user who already has an identity of that provider", async () => {
    const ana = await makeUser();
    await resolveSsoSignIn(google(randomUUID(), ana.email));
    const other = await resolveSsoSignIn(google(randomUUID(), ana.email));
    expect(other).toEqual({ ok: false, reason: "otherIdentityLinked" });
    expect(await db.oAuthAccount.count({ where: { userId: ana.id } })).toBe(1);
  });

  it("refuses an unverified email and stores nothing", async () => {
    const ana = await makeUser();
    const outcome = await resolveSsoSignIn(google(randomUUID(), ana.email, { email_verified: false }));
    expect(outcome).toEqual({ ok: false, reason: "unverified" });
    expect(await db.oAuthAccount.count({ where: { userId: ana.id } })).toBe(0);
  });

  it("refuses an unknown email and creates nothing", async () => {
    const email = `nobody-${randomUUID()}@example.test`;
    expect(await resolveSsoSignIn(google(randomUUID(), email))).toEqual({ ok: false, reason: "noAccount" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses a user whose portal access is off, by email and by an existing link", async () => {
    const ana = await makeUser();
    const subject = randomUUID();
    await resolveSsoSignIn(google(subject, ana.email));
    await db.user.update({ where: { id: ana.id }, data: { portalAccess: false } });
    expect(await resolveSsoSignIn(google(subject, ana.email))).toEqual({ ok: false, reason: "noAccount" });
    expect(await userOfLinkedIdentity("google", subject)).toBeNull();
    const bea = await makeUser();
    await db.user.update({ where: { id: bea.id }, data: { portalAccess: false } });
    expect(await resolveSsoSignIn(google(randomUUID(), bea.email))).toEqual({ ok: false, reason: "noAccount" });
    expect(await db.oAuthAccount.count({ where: { userId: bea.id } })).toBe(0);
  });

  it("creates a customer only for a listed domain (Google: a Workspace account of it)", async () => {
    const domain = `${randomUUID().slice(0, 8)}.example.test`;
    const email = `new@${domain}`;
    const personal = await resolveSsoSignIn({ ...google(randomUUID(), email), autoCreateDomains: [domain] });
    expect(personal).toEqual({ ok: false, reason: "noAccount" });
    expect(await db.user.count({ where: { email } })).toBe(0);

    const subject = randomUUID();
    const workspace = await resolveSsoSignIn({ ...google(subject, email, { hd: domain, name: "New Person" }), autoCreateDomains: [domain] });
    expect(workspace.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, name: true } });
    expect(user).toMatchObject({ role: "CUSTOMER", name: "New Person" });
    expect(await userOfLinkedIdentity("google", subject)).toBe(user.id);

    const entra = await resolveSsoSignIn({
      provider: "microsoft-entra-id",
      subject: randomUUID(),
      claims: { preferred_username: `someone@other-${domain}` },
      autoCreateDomains: [domain],
    });
    expect(entra).toEqual({ ok: false, reason: "noAccount" });
  });
});
