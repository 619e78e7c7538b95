import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { isStaff } from "@/lib/auth/permissions";
import { canManagePerson } from "@/lib/accounts/access";
import type { Viewer } from "@/lib/auth/session";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { unlinkAccountSchema, userIdSchema, type UnlinkAccountInput } from "./schema";

type ViewerLike = Pick<Viewer, "id" | "role">;

export type LinkedAccount = { id: string; provider: string; email: string | null; createdAt: Date };

/** A user's single sign-on identities, for the Portal tab. Agents and admins only: null for anyone else. */
export async function listLinkedAccounts(viewer: ViewerLike, userId: unknown): Promise<LinkedAccount[] | null> {
  if (!isStaff(viewer)) return null;
  const parsed = userIdSchema.safeParse(userId);
  if (!parsed.success) return null;
  return db.oAuthAccount.findMany({
    where: { userId: parsed.data },
    select: { id: true, provider: true, email: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/**
 * Removes a single sign-on identity from a user: that identity no longer signs them in; their
 * next sign-in with the provider is matched by email again. Only someone who may manage the user's
 * record (lib/accounts/access.ts: admins anyone's, agents customers'); audited.
 * Messages are catalogue keys (sso.*).
 */
export async function unlinkAccount(viewer: ViewerLike, input: UnlinkAccountInput): Promise<ActionResult<{ userId: string }>> {
  if (!isStaff(viewer)) return fail("errors.notAllowed");
  const parsed = unlinkAccountSchema.safeParse(input);
  if (!parsed.success) return fail("errors.invalid");
  return db.$transaction(async (tx) => {
    const account = await tx.oAuthAccount.findUnique({
      where: { id: parsed.data.accountId },
      select: { id: true, userId: true, provider: true, providerAccountId: true, email: true, user: { select: { role: true } } },
    });
    if (!account) return fail("errors.notFound");
    if (!canManagePerson(viewer, account.user)) return fail("errors.notAllowed");
    // deleteMany: an unlink by someone else a moment earlier is "not found", not an exception.
    if ((await tx.oAuthAccount.deleteMany({ where: { id: account.id } })).count === 0) return fail("errors.notFound");
    await audit(tx, {
      actorId: viewer.id,
      action: "sso.unlink",
      targetType: "User",
      targetId: account.userId,
      data: { provider: account.provider, subject: account.providerAccountId, email: account.email },
    });
    return ok({ userId: account.userId });
  });
}
