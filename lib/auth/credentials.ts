import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifyAgainstNothing, verifyPassword } from "./passwords";
import { checkSignInAllowed, recordSignInFailure, recordSignInSuccess } from "./throttle";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

/**
 * Checks an email and password; the same answer (null) for an unknown email, a wrong password and
 * a throttled account or address. A throttled attempt is refused without checking the password.
 */
export async function authenticateWithPassword(input: unknown, ip?: string | null): Promise<{ id: string } | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const attempt = { email: parsed.data.email, ip };
  if (!(await checkSignInAllowed(attempt)).allowed) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, passwordHash: true, portalAccess: true },
  });
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, parsed.data.password)
    : await verifyAgainstNothing(parsed.data.password);
  if (!ok || !user?.portalAccess) {
    await recordSignInFailure(attempt);
    return null;
  }
  await recordSignInSuccess(attempt);
  return { id: user.id };
}
