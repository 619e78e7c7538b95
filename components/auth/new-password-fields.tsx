"use client";

import { useTranslations } from "next-intl";
import { Field, Input } from "@/components/ui/field";
import { PASSWORD_MAX } from "@/lib/auth/password-policy";

/** "New password" and "Repeat the new password", with the policy as the hint. */
export function NewPasswordFields({ errors }: { errors?: Record<string, string[]> }) {
  const t = useTranslations("auth.passwords");
  return (
    <>
      <Field id="password" label={t("new")} errors={errors?.password} hint={t("hint")}>
        <Input id="password" type="password" autoComplete="new-password" maxLength={PASSWORD_MAX} required invalid={!!errors?.password} />
      </Field>
      <Field id="confirm" label={t("confirm")} errors={errors?.confirm}>
        <Input id="confirm" type="password" autoComplete="new-password" maxLength={PASSWORD_MAX} required invalid={!!errors?.confirm} />
      </Field>
    </>
  );
}
