"use client";

import { useTranslations } from "next-intl";
import { agentEmailPreferencesAction } from "@/lib/notifications/actions";
import { AGENT_EMAIL_SWITCHES } from "@/lib/notifications/limits";
import { useActionForm } from "@/components/ui/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

/** An agent's ticket-email switches on /account. */
export function AgentEmailForm({ initial }: { initial: Record<(typeof AGENT_EMAIL_SWITCHES)[number], boolean> }) {
  const t = useTranslations("notifications");
  const { state, onSubmit, pending } = useActionForm(agentEmailPreferencesAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
      <fieldset className="space-y-2">
        <legend className="text-sm text-slate-700">{t("emailIntro")}</legend>
        {AGENT_EMAIL_SWITCHES.map((k) => (
          <label key={k} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={k} defaultChecked={initial[k]} className="size-4" />
            {t(`switch.${k}`)}
          </label>
        ))}
      </fieldset>
      <p className="text-xs text-slate-500">{t("emailDigestNote")}</p>
      <SubmitButton pending={pending} pendingLabel={t("saving")} variant="secondary">{t("save")}</SubmitButton>
    </form>
  );
}
