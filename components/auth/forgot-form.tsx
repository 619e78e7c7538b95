"use client";

import { useActionForm } from "@/components/ui/use-action-form";
import { useTranslations } from "next-intl";
import { forgotPasswordAction } from "@/lib/auth/password-actions";
import { SubmitButton } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

export function ForgotForm() {
  const t = useTranslations("auth");
  const { state, onSubmit, pending } = useActionForm(forgotPasswordAction);
  if (state?.ok) return <Alert tone="success">{state.data.message}</Alert>;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <Field id="email" label={t("email")} errors={errors?.email}>
        <Input id="email" type="email" autoComplete="username" required invalid={!!errors?.email} />
      </Field>
      <SubmitButton pendingLabel={t("forgot.sending")} pending={pending} className="w-full">{t("forgot.send")}</SubmitButton>
    </form>
  );
}
