"use client";

import { useState } from "react";
import { useActionForm } from "@/components/ui/use-action-form";
import { useTranslations } from "next-intl";
import { replyAction } from "@/lib/tickets/actions";
import { SubmitButton } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

/** The reply box. Its text stays when sending fails and is cleared only once the reply is saved. */
export function ReplyForm({ ticketId, allowInternal }: { ticketId: number; allowInternal: boolean }) {
  const t = useTranslations("tickets");
  const [body, setBody] = useState("");
  const [internal, setInternal] = useState(false);
  const { state, onSubmit, pending } = useActionForm(async (previous: Awaited<ReturnType<typeof replyAction>> | null, form: FormData) => {
    const result = await replyAction(previous, form);
    if (result.ok) setBody("");
    return result;
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("replySent")}</Alert> : null}
      <input type="hidden" name="ticketId" value={ticketId} />
      <Field id="body" label={t("yourReply")} errors={state && !state.ok ? state.fieldErrors?.body : undefined}>
        <Textarea id="body" rows={5} value={body} onChange={(e) => setBody(e.target.value)} invalid={!!(state && !state.ok && state.fieldErrors?.body)} />
      </Field>
      <div className="flex flex-wrap items-center justify-between gap-3">
        {allowInternal ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="internal" checked={internal} onChange={(e) => setInternal(e.target.checked)} />
            {t("internalNoteOption")}
          </label>
        ) : (
          <span />
        )}
        <SubmitButton pendingLabel={t("sending")} pending={pending}>{internal ? t("addNote") : t("sendReply")}</SubmitButton>
      </div>
    </form>
  );
}
