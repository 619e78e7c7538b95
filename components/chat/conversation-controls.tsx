"use client";

import { lazy, useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { AfterHydration } from "@/components/ui/after-hydration";
import type { ConversationState } from "@/lib/chat/queries";
import { acceptAction, closeAction, convertAction, requestTicketAction, transferAction } from "@/lib/chat/actions";
import type { StaffTools } from "./staff-tools";

// Only agents use the transfer and conversion forms: loaded after the page, never on a customer's.
const StaffToolForms = lazy(() => import("./staff-tools").then((m) => ({ default: m.StaffToolForms })));

const TONE = { WAITING: "amber", ACTIVE: "green", CLOSED: "slate" } as const;

/** The conversation's header: who is on it, its state, and what the viewer may do with it. */
export function ConversationControls({ state, staff, tools }: { state: ConversationState; staff: boolean; tools?: StaffTools }) {
  const t = useTranslations("chat");
  const router = useRouter();
  const [closed, close] = useActionState(closeAction, null);
  const [asked, ask] = useActionState(requestTicketAction, null);
  const [accepted, accept] = useActionState(acceptAction, null);
  const [transferred, transfer] = useActionState(transferAction, null);
  const [converted, convert] = useActionState(convertAction, null);
  useEffect(() => {
    if (converted?.ok) router.refresh();
  }, [converted, router]);
  const failure = [closed, asked, accepted, transferred, converted].find((r) => r && !r.ok) as { message: string; fieldErrors?: Record<string, string[]> } | undefined;
  const open = state.status !== "CLOSED";
  const hidden = <input type="hidden" name="conversationId" value={state.id} />;

  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={TONE[state.status]}>{t(`status.${state.status}`)}</Badge>
        {staff && state.requester ? <span className="text-sm font-medium">{state.requester.name} · {state.requester.email}</span> : null}
        {state.assignee ? <span className="text-sm text-slate-600" data-testid="chat-agent">{t("with", { name: state.assignee.name })}</span> : null}
        {state.ticketId ? <span className="text-sm text-slate-600">{t("ticketLink", { id: state.ticketId })}</span> : null}
      </div>
      {failure ? <Alert tone="error">{failure.message}</Alert> : null}
      {staff && state.conversionRequested && !state.ticketId ? <Alert tone="info">{t("console.conversionRequested")}</Alert> : null}
      {!staff && state.conversionRequested && !state.ticketId ? <p className="text-sm text-slate-600">{t("ticketAsked")}</p> : null}
      <div className="flex flex-wrap items-end gap-3">
        {staff && state.status === "WAITING" ? (
          <form action={accept}>
            {hidden}
            <SubmitButton pendingLabel={t("console.accepting")}>{t("console.accept")}</SubmitButton>
          </form>
        ) : null}
        {!staff && open && !state.conversionRequested && !state.ticketId ? (
          <form action={ask}>
            {hidden}
            <ConfirmSubmit message={t("askTicketConfirm")} pendingLabel={t("sending")} variant="secondary">{t("askTicket")}</ConfirmSubmit>
          </form>
        ) : null}
        {open ? (
          <form action={close}>
            {hidden}
            <ConfirmSubmit message={t("closeConfirm")} pendingLabel={t("closing")} variant="secondary">{t("close")}</ConfirmSubmit>
          </form>
        ) : null}
      </div>
      {staff && tools && open ? (
        <AfterHydration fallback={<p role="status" className="border-t border-slate-200 pt-3 text-sm text-slate-600">{t("console.loadingTools")}</p>}>
          <StaffToolForms
            state={state}
            tools={tools}
            transfer={transfer}
            convert={convert}
            transferErrors={transferred && !transferred.ok ? transferred.fieldErrors : undefined}
            convertErrors={converted && !converted.ok ? converted.fieldErrors : undefined}
          />
        </AfterHydration>
      ) : null}
    </div>
  );
}
