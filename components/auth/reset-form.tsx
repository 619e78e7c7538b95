"use client";

import { useActionForm } from "@/components/ui/use-action-form";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/lib/auth/password-actions";
import { SubmitButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { NewPasswordFields } from "./new-password-fields";

export function ResetForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const { state, onSubmit, pending } = useActionForm(resetPasswordAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={errors} />
      <SubmitButton pendingLabel={t("reset.saving")} pending={pending} className="w-full">{t("reset.save")}</SubmitButton>
    </form>
  );
}
