import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { createUser } from "@/lib/accounts/service";
import { mayAutoCreate, verifiedEmailOf, type IdTokenClaims } from "./claims";
import type { SsoProviderId } from "./names";

export type SsoRefusal = "noAccount" | "unverified" | "otherIdentityLinked";
export type SsoOutcome = { ok: true; userId: string } | { ok: false; reason: SsoRefusal };

function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/**
 * Decides who a provider's identity signs in as. A linked identity is recognised by (provider,
 * subject) alone, so a later change of email at the provider changes nothing here. An unlinked
 * one is matched once, by its verified email, to a user with portal access who has no identity
 * of this provider yet; the link is then stored. Nothing is created otherwise, except a customer
 * for a domain listed for auto-creation.
 */
export async function resolveSsoSignIn(input: {
  provider: SsoProviderId;
  subject: string;
  claims: IdTokenClaims;
  autoCreateDomains: string[];
}): Promise<SsoOutcome> {
  const { provider, subject, claims } = input;
  if (!subject) return { ok: false, reason: "noAccount" };

  const linked = await db.oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId: subject } },
    select: { user: { select: { id: true, portalAccess: true } } },
  });
  if (linked) return linked.user.portalAccess ? { ok: true, userId: linked.user.id } : { ok: false, reason: "noAccount" };

  const email = verifiedEmailOf(provider, claims);
  if (!email) return { ok: false, reason: "unverified" };

  let user = await db.user.findUnique({
    where: { email },
    select: { id: true, portalAccess: true, accounts: { where: { provider }, select: { id: true } } },
  });
  if (!user && mayAutoCreate(provider, email, claims, input.autoCreateDomains)) {
    const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 120) : email.slice(0, email.indexOf("@"));
    const created = await createUser(null, { email, name, role: "CUSTOMER", kind: "CUSTOMER" });
    // A concurrent first sign-in may have created the same address a moment earlier.
    user = await db.user.findUnique({
      where: { email },
      select: { id: true, portalAccess: true, accounts: { where: { provider }, select: { id: true } } },
    });
    if (created.ok && user) await audit(db, { actorId: null, action: "sso.autoCreate", targetType: "User", targetId: user.id, data: { provider, email } });
  }
  if (!user || !user.portalAccess) return { ok: false, reason: "noAccount" };
  // Once a user has an identity of this provider, only that identity signs them in.
  if (user.accounts.length > 0) return { ok: false, reason: "otherIdentityLinked" };

  const userId = user.id;
  try {
    await db.$transaction(async (tx) => {
      await tx.oAuthAccount.create({ data: { userId, provider, providerAccountId: subject, email } });
      await audit(tx, { actorId: userId, action: "sso.link", targetType: "User", targetId: userId, data: { provider, subject, email } });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same identity was linked by a concurrent sign-in: use what is stored.
    const row = await db.oAuthAccount.findUnique({
      where: { provider_providerAccountId: { provider, providerAccountId: subject } },
      select: { userId: true },
    });
    if (row?.userId !== userId) return { ok: false, reason: "otherIdentityLinked" };
  }
  return { ok: true, userId };
}

/** The user a linked identity signs in as, if it still has portal access. */
export async function userOfLinkedIdentity(provider: string, subject: string): Promise<string | null> {
  const row = await db.oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId: subject } },
    select: { user: { select: { id: true, portalAccess: true } } },
  });
  return row?.user.portalAccess ? row.user.id : null;
}
