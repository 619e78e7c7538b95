"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, Input } from "@/components/ui/field";
import { PASSWORD_MAX, PASSWORD_MIN, PASSWORD_RECOMMENDED, passwordLength } from "@/lib/auth/password-policy";

/**
 * "New password" and "Repeat the new password", with the policy as the hint, a strength hint that
 * follows the length (the policy's measure; the server also refuses common passwords), and a
 * "Show passwords" switch.
 */
export function NewPasswordFields({ errors }: { errors?: Record<string, string[]> }) {
  const t = useTranslations("auth.passwords");
  const th = useTranslations("passwordHelp");
  const [show, setShow] = useState(false);
  const [length, setLength] = useState(0);
  const strength = length === 0 ? null : length < PASSWORD_MIN ? "tooShort" : length < PASSWORD_RECOMMENDED ? "fair" : "strong";
  const type = show ? "text" : "password";
  return (
    <>
      <Field id="password" label={t("new")} errors={errors?.password} hint={t("hint")}>
        <Input
          id="password"
          type={type}
          autoComplete="new-password"
          maxLength={PASSWORD_MAX}
          required
          invalid={!!errors?.password}
          onChange={(e) => setLength(passwordLength(e.target.value))}
          spellCheck={false}
        />
      </Field>
      <p aria-live="polite" className="-mt-2 text-xs" data-testid="password-strength">
        {strength ? (
          <>
            <span className="sr-only">{th("strengthLabel")} </span>
            <span className={strength === "tooShort" ? "text-red-600" : strength === "fair" ? "text-amber-800" : "text-green-700"}>{th(`strength.${strength}`)}</span>
          </>
        ) : null}
      </p>
      <Field id="confirm" label={t("confirm")} errors={errors?.confirm}>
        <Input id="confirm" type={type} autoComplete="new-password" maxLength={PASSWORD_MAX} required invalid={!!errors?.confirm} spellCheck={false} />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} className="h-4 w-4" />
        {th("show")}
      </label>
    </>
  );
}
