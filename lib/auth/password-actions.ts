"use server";

import { after } from "next/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/email/send";
import { renderEmail } from "@/lib/email/templates";
import { emailLookFor } from "@/lib/email/look";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getPortalSettings } from "@/lib/settings/queries";
import { changePassword } from "./password-change";
import { requestPasswordReset, resetPasswordWithToken, RESET_TOKEN_TTL_MS } from "./password-reset";
import { PASSWORD_MAX } from "./password-policy";
import { closeAllSessions } from "./sessions";
import { getSession } from "./session";
import { signOut } from "./config";
import { clientIpOf, consumeResetRequest } from "./throttle";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

const newPasswordSchema = z
  .object({
    password: z.string().max(PASSWORD_MAX * 4, "passwords.tooLong"),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: "passwords.mismatch", path: ["confirm"] });

function checkConfirmation(form: FormData): ActionResult | null {
  const parsed = newPasswordSchema.safeParse({ password: text(form, "password"), confirm: text(form, "confirm") });
  return parsed.success ? null : invalid(parsed.error, "checkFields");
}

/** Change of password by the signed-in user: on /account, and the forced change after an initialization. */
export async function changePasswordAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const viewer = await getSession();
  if (!viewer) return translateResult("auth", fail("passwords.notAllowed"));
  const mismatch = checkConfirmation(form);
  if (mismatch) return translateResult("auth", mismatch);
  const result = await changePassword(viewer.id, viewer.sessionId, text(form, "currentPassword"), text(form, "password"));
  if (!result.ok) return translateResult("auth", result);
  if (text(form, "then") === "home") redirect("/");
  return ok(undefined);
}

/**
 * "Forgot password": always the same answer, whether the address has an account, has asked too
 * often or not. The email goes out after the response, so its sending does not show in the timing.
 */
export async function forgotPasswordAction(_prev: ActionResult<{ message: string }> | null, form: FormData): Promise<ActionResult<{ message: string }>> {
  const t = await getTranslations("auth");
  const email = z.string().trim().toLowerCase().email().max(254).safeParse(text(form, "email"));
  if (!email.success) return fail(t("checkFields"), { email: [t("emailInvalid")] });
  const allowed = await consumeResetRequest({ email: email.data, ip: clientIpOf(await headers()) });
  const request = allowed ? await requestPasswordReset(email.data) : {};
  if (request.token && request.recipient) {
    const { token, recipient } = request;
    const settings = await getPortalSettings();
    after(async () => {
      const resetUrl = new URL("/reset-password", env.APP_URL);
      resetUrl.searchParams.set("token", token);
      const mail = renderEmail("passwordReset", isLocale(recipient.locale) ? recipient.locale : DEFAULT_LOCALE, {
        name: recipient.name,
        resetUrl: resetUrl.toString(),
        siteName: settings.siteName,
        minutes: RESET_TOKEN_TTL_MS / 60_000,
      }, await emailLookFor(recipient));
      await sendEmail({ to: recipient.email, ...mail, kind: "passwordReset" });
    });
  }
  return ok({ message: t("forgot.sent", { email: email.data }) });
}

export async function resetPasswordAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const mismatch = checkConfirmation(form);
  if (mismatch) return translateResult("auth", mismatch);
  const result = await resetPasswordWithToken(text(form, "token"), text(form, "password"));
  if (!result.ok) return translateResult("auth", result);
  redirect("/login?reset=1");
}

/** Ends every session of the signed-in user, this browser's included. */
export async function signOutEverywhereAction() {
  const viewer = await getSession();
  if (viewer) await closeAllSessions(viewer.id);
  await signOut({ redirectTo: "/login" });
}
