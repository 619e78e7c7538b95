"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getSession } from "@/lib/auth/session";
import { signIn } from "@/lib/auth/config";
import { safeCallback } from "@/lib/auth/safe-callback";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { SSO_PROVIDER_IDS } from "./names";
import { ssoProviderSettings } from "./providers";
import { unlinkAccount } from "./linked-accounts";

const ssoSignInSchema = z.object({
  provider: z.enum(SSO_PROVIDER_IDS),
  callbackUrl: z.string().max(2000).optional(),
});

/** "Sign in with Microsoft/Google": starts the provider's sign-in (state, nonce and PKCE set by Auth.js). */
export async function ssoSignInAction(form: FormData): Promise<void> {
  const parsed = ssoSignInSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success || !ssoProviderSettings(parsed.data.provider)) redirect("/login?error=sso");
  await signIn(parsed.data.provider, { redirectTo: safeCallback(parsed.data.callbackUrl) });
}

/** "Unlink" on the Portal tab. The service checks that the viewer is an agent or admin. */
export async function unlinkAccountAction(_prev: ActionResult<{ userId: string }> | null, form: FormData): Promise<ActionResult<{ userId: string }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("sso", fail("errors.signedOut"));
  const result = await unlinkAccount(viewer, { accountId: form.get("accountId") });
  if (result.ok) revalidatePath("/admin", "layout");
  return translateResult("sso", result);
}
