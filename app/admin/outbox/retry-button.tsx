"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { retryEmailAction } from "@/lib/email/actions";
import { SubmitButton } from "@/components/ui/button";

/** "Retry now" for a queued or failed email, with the outcome announced beside it. */
export function RetryButton({ id }: { id: string }) {
  const t = useTranslations("email.outbox");
  const [state, action] = useActionState(retryEmailAction, null);
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary" pendingLabel={t("retrying")}>{t("retry")}</SubmitButton>
      <p role="status" className={`text-xs ${state && !state.ok ? "text-red-700" : "text-slate-600"}`}>
        {state ? (state.ok ? t(`retried.${state.data.status}`) : state.message) : null}
      </p>
    </form>
  );
}
