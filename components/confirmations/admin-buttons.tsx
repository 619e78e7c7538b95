"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/ui/use-action-form";
import { remindAction, withdrawRequestAction } from "@/lib/confirmations/actions";
import type { ActionResult } from "@/lib/action-result";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Alert } from "@/components/ui/alert";

export function RemindButton({ requestId, recipientId, name }: { requestId: string; recipientId: string; name: string }) {
  const t = useTranslations("confirmations.admin");
  const { state, onSubmit, pending } = useActionForm<ActionResult>(remindAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="recipientId" value={recipientId} />
      <SubmitButton pending={pending} pendingLabel={t("reminding")} variant="secondary" aria-label={`${t("remind")}: ${name}`}>{t("remind")}</SubmitButton>
      {state ? <span role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-green-700" : "text-red-600"}`}>{state.ok ? t("reminded") : state.message}</span> : null}
    </form>
  );
}

export function WithdrawButton({ id }: { id: string }) {
  const t = useTranslations("confirmations.admin");
  const { state, onSubmit, pending } = useActionForm<ActionResult>(withdrawRequestAction);
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.ok ? t("withdrawDone") : state.message}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <ConfirmSubmit message={t("withdrawConfirm")} pending={pending} pendingLabel={t("withdrawing")} variant="danger">{t("withdraw")}</ConfirmSubmit>
    </form>
  );
}

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium print:hidden">
      {label}
    </button>
  );
}
