"use server";

import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fail, invalid, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { signIn, signOut } from "./config";
import { safeCallback } from "./safe-callback";
import { closeSession } from "./sessions";
import { getSession } from "./session";
import { isStaff } from "./permissions";
import { db } from "@/lib/db";

const loginSchema = z.object({
  email: z.string().trim().min(1, "emailRequired").max(254, "emailInvalid").email("emailInvalid"),
  password: z.string().min(1, "passwordRequired").max(1024, "invalidCredentials"),
  callbackUrl: z.string().optional(),
});

/**
 * Where a sign-in without a return address lands: agents and admins in the console, everyone else
 * in the portal. Looked up for any address, so the answer to a failed sign-in does not depend on it.
 */
async function homeOf(email: string) {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { role: true } });
  return user && isStaff(user) ? "/admin" : "/";
}

export async function loginAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("auth");
  const parsed = loginSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return translateResult("auth", invalid(parsed.error, "checkFields"));
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: parsed.data.callbackUrl ? safeCallback(parsed.data.callbackUrl) : await homeOf(parsed.data.email),
    });
  } catch (error) {
    // Same message for an unknown email, a wrong password and a disabled account.
    if (error instanceof AuthError) return fail(t("invalidCredentials"));
    throw error;
  }
  return fail(t("invalidCredentials"));
}

export async function logoutAction() {
  const viewer = await getSession();
  if (viewer) await closeSession(viewer.sessionId);
  await signOut({ redirectTo: "/login" });
}
