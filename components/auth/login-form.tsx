"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { loginAction } from "@/lib/auth/actions";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(loginAction, null);
  // The email stays after a refused attempt; the password field is cleared.
  const [email, setEmail] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field id="email" label={t("email")} errors={errors?.email}>
        <Input id="email" type="email" autoComplete="username" required invalid={!!errors?.email} value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      <Field id="password" label={t("password")} errors={errors?.password}>
        <Input id="password" type="password" autoComplete="current-password" required invalid={!!errors?.password} />
      </Field>
      <SubmitButton pendingLabel={t("signingIn")} className="w-full">
        {t("signIn")}
      </SubmitButton>
    </form>
  );
}
