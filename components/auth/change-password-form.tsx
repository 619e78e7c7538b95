"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/lib/auth/password-actions";
import { SubmitButton } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { NewPasswordFields } from "./new-password-fields";

/** Used on /account and for the forced change after an initialized password (`forced`). */
export function ChangePasswordForm({ forced }: { forced: boolean }) {
  const t = useTranslations("auth");
  const ta = useTranslations("account");
  const [state, action] = useActionState(changePasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4" noValidate key={state?.ok ? "done" : "form"}>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{ta("passwordChanged")}</Alert> : null}
      {forced ? <input type="hidden" name="then" value="home" /> : null}
      <Field id="currentPassword" label={forced ? t("passwords.fromEmail") : t("passwords.current")} errors={errors?.currentPassword}>
        <Input id="currentPassword" type="password" autoComplete="current-password" required invalid={!!errors?.currentPassword} />
      </Field>
      <NewPasswordFields errors={errors} />
      <SubmitButton pendingLabel={t("change.saving")}>{forced ? t("change.save") : ta("changePassword")}</SubmitButton>
    </form>
  );
}
