"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateTicketAction } from "@/lib/tickets/actions";
import { SubmitButton } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

const STATUSES = ["NEW", "OPEN", "WAITING_FOR_CUSTOMER", "RESOLVED", "CLOSED"] as const;
const LEVELS = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;

type Props = {
  ticket: { id: number; version: number; status: string; priority: string; assigneeId: string };
  agents: { id: string; name: string }[];
};

/** Status, priority and assignee. Sends the version it was drawn from, so a concurrent change is caught. */
export function TicketPropertiesForm({ ticket, agents }: Props) {
  const t = useTranslations("tickets");
  const [state, action] = useActionState(updateTicketAction, null);
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-sm font-semibold">{t("properties")}</h2>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
      <input type="hidden" name="ticketId" value={ticket.id} />
      <input type="hidden" name="version" value={ticket.version} />
      <Field id="status" label={t("statusLabel")}>
        <Select id="status" defaultValue={ticket.status}>
          {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </Select>
      </Field>
      <Field id="priority" label={t("priority")}>
        <Select id="priority" defaultValue={ticket.priority}>
          {LEVELS.map((l) => <option key={l} value={l}>{t(`level.${l}`)}</option>)}
        </Select>
      </Field>
      <Field id="assigneeId" label={t("assignee")}>
        <Select id="assigneeId" defaultValue={ticket.assigneeId}>
          <option value="">{t("unassigned")}</option>
          {agents.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </Select>
      </Field>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
