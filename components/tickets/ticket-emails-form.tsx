"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { ticketEmailsAction } from "@/lib/tickets/actions";
import { SubmitButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

/** The requester's switch for emails about their tickets (User.notifyByEmail). */
export function TicketEmailsForm({ on }: { on: boolean }) {
  const t = useTranslations("tickets");
  const [checked, setChecked] = useState(on);
  const [state, action] = useActionState(ticketEmailsAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <label className="flex min-w-0 flex-1 items-center gap-2">
        <input type="checkbox" name="notifyByEmail" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
        <span>{t("emails.label")}</span>
      </label>
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("emails.save")}
      </SubmitButton>
      {state?.ok ? <Alert tone="success">{t("emails.saved")}</Alert> : null}
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
    </form>
  );
}
