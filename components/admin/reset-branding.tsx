"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { resetBrandingAction } from "@/lib/settings/actions";
import type { ActionResult } from "@/lib/action-result";
import { useActionForm } from "@/components/ui/use-action-form";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Alert } from "@/components/ui/alert";

/** "Reset to defaults": asks first, then puts the branding back as installed (switches and rules stay). */
export function ResetBrandingButton({ onDone }: { onDone: () => void }) {
  const t = useTranslations("branding");
  const router = useRouter();
  const { state, onSubmit, pending } = useActionForm<ActionResult>(resetBrandingAction);
  useEffect(() => {
    if (state?.ok) {
      onDone();
      router.refresh();
    }
    // Only a new result matters, not a new callback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  return (
    <form onSubmit={onSubmit} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <p className="text-sm text-slate-600">{t("resetIntro")}</p>
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.ok ? t("resetDone") : state.message}</Alert> : null}
      <ConfirmSubmit variant="danger" pending={pending} pendingLabel={t("resetting")} message={t("resetConfirm")}>
        {t("reset")}
      </ConfirmSubmit>
    </form>
  );
}
