"use client";

import { useState } from "react";
import { useActionForm } from "@/components/ui/use-action-form";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/lib/auth/password-actions";
import { SubmitButton } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { NewPasswordFields } from "./new-password-fields";

/**
 * Used on /account and for the forced change after an initialized password (`forced`). `fresh`:
 * the person signed in with the emailed password minutes ago, so it is not asked for again.
 * `username` goes in a hidden field, so password managers save the new password for the account.
 */
export function ChangePasswordForm({ forced, fresh = false, username }: { forced: boolean; fresh?: boolean; username?: string }) {
  const t = useTranslations("auth");
  const ta = useTranslations("account");
  // Fields keep their text when the change is refused; a successful change empties them.
  const [changes, setChanges] = useState(0);
  const { state, onSubmit, pending } = useActionForm(async (previous: Awaited<ReturnType<typeof changePasswordAction>> | null, form: FormData) => {
    const result = await changePasswordAction(previous, form);
    if (result.ok) setChanges((n) => n + 1);
    return result;
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate key={changes}>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{ta("passwordChanged")}</Alert> : null}
      {forced ? <input type="hidden" name="then" value="home" /> : null}
      {username ? <input type="text" name="username" autoComplete="username" value={username} readOnly hidden /> : null}
      {fresh ? null : (
        <Field id="currentPassword" label={forced ? t("passwords.fromEmail") : t("passwords.current")} errors={errors?.currentPassword}>
          <Input id="currentPassword" type="password" autoComplete="current-password" required invalid={!!errors?.currentPassword} />
        </Field>
      )}
      <NewPasswordFields errors={errors} />
      <SubmitButton pendingLabel={t("change.saving")} pending={pending}>{forced ? t("change.save") : ta("changePassword")}</SubmitButton>
    </form>
  );
}
