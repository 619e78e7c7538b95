"use client";

import { useState } from "react";
import { useActionForm } from "@/components/ui/use-action-form";
import { useTranslations } from "next-intl";
import { loginAction } from "@/lib/auth/actions";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  // The email stays after a refused attempt; the password field is cleared (re-mounted).
  const [email, setEmail] = useState("");
  const [attempt, setAttempt] = useState(0);
  const { state, onSubmit, pending } = useActionForm(async (previous: Awaited<ReturnType<typeof loginAction>> | null, form: FormData) => {
    const result = await loginAction(previous, form);
    setAttempt((n) => n + 1);
    return result;
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Field id="email" label={t("email")} errors={errors?.email}>
        <Input id="email" type="email" autoComplete="username" required invalid={!!errors?.email} value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      <Field id="password" label={t("password")} errors={errors?.password}>
        <Input key={attempt} id="password" type="password" autoComplete="current-password" required invalid={!!errors?.password} />
      </Field>
      <SubmitButton pendingLabel={t("signingIn")} pending={pending} className="w-full">
        {t("signIn")}
      </SubmitButton>
    </form>
  );
}
