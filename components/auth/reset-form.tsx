"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/lib/auth/password-actions";
import { SubmitButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { NewPasswordFields } from "./new-password-fields";

export function ResetForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(resetPasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={errors} />
      <SubmitButton pendingLabel={t("reset.saving")} className="w-full">{t("reset.save")}</SubmitButton>
    </form>
  );
}
