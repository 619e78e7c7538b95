import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { hashPassword } from "@/lib/auth/passwords";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { newUserSchema, type NewUserInput } from "./schema";

/**
 * Creates a user record (and its organization, found or created by name). `actorId` is the agent
 * or admin doing it, or null for the command line. Messages are catalogue keys (accounts.*).
 */
export async function createUser(actorId: string | null, input: NewUserInput): Promise<ActionResult<{ id: string; email: string }>> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return fail("invalid", fieldErrors);
  }
  const { email, name, role, kind, organizationName, locale, password } = parsed.data;
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    return fail("invalid", { email: ["emailTaken"] });
  }
  const passwordHash = password ? await hashPassword(password) : null;
  const user = await db.$transaction(async (tx) => {
    const organization = organizationName
      ? await tx.organization.upsert({ where: { name: organizationName }, update: {}, create: { name: organizationName } })
      : null;
    const created = await tx.user.create({
      data: {
        email,
        name,
        role,
        kind: kind ?? (role === "CUSTOMER" ? "CUSTOMER" : "EMPLOYEE"),
        organizationId: organization?.id,
        locale,
        passwordHash,
        portalOptions: { create: {} },
      },
      select: { id: true, email: true },
    });
    await audit(tx, { actorId, action: "user.create", targetType: "User", targetId: created.id, data: { email, role } });
    return created;
  });
  return ok(user);
}
