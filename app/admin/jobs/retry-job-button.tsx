"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { retryJobFailureAction } from "@/lib/jobs/actions";
import { SubmitButton } from "@/components/ui/button";

/** "Retry" for a failed job, with the outcome announced beside it. */
export function RetryJobButton({ id }: { id: string }) {
  const t = useTranslations("jobs");
  const [state, action] = useActionState(retryJobFailureAction, null);
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary" pendingLabel={t("retrying")}>{t("retry")}</SubmitButton>
      <p role="status" className={`text-xs ${state && !state.ok ? "text-red-700" : "text-slate-600"}`}>
        {state ? (state.ok ? t("retried") : state.message) : null}
      </p>
    </form>
  );
}
