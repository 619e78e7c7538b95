"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { updateTicketAction } from "@/lib/tickets/actions";
import type { ActionResult } from "@/lib/action-result";
import { SubmitButton } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

const STATUSES = ["NEW", "OPEN", "WAITING_FOR_CUSTOMER", "RESOLVED", "CLOSED"] as const;
const LEVELS = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
const FIELDS = ["status", "priority", "assigneeId"] as const;
type FieldName = (typeof FIELDS)[number];
type Values = Record<FieldName, string>;
const SEEN_NAME: Record<FieldName, string> = { status: "seenStatus", priority: "seenPriority", assigneeId: "seenAssigneeId" };

type Props = {
  ticket: { id: number; version: number } & Values;
  agents: { id: string; name: string }[];
};

/**
 * Status, priority and assignee. The selects show what is stored (the page re-reads after a reply,
 * a save or another agent's change) except where the agent has picked something else; a save sends
 * only those fields, each with the stored value it started from, so the server can tell a change
 * by someone else in between (a conflict, shown here) from an untouched field (left as stored).
 */
export function TicketPropertiesForm({ ticket, agents }: Props) {
  const t = useTranslations("tickets");
  const d = useTranslations("agentDesk");
  const stored: Values = { status: ticket.status, priority: ticket.priority, assigneeId: ticket.assigneeId };
  const [draft, setDraft] = useState<Partial<Values>>({});
  // The stored value each edited field started from; cleared after a conflict so the next save,
  // made knowing what is stored now, goes through.
  const [seen, setSeen] = useState<Partial<Values>>({});
  const [state, setState] = useState<ActionResult<{ version: number }> | null>(null);
  const [pending, startTransition] = useTransition();

  const value = (f: FieldName) => draft[f] ?? stored[f];
  const changed = FIELDS.filter((f) => draft[f] !== undefined && draft[f] !== stored[f]);
  const choose = (f: FieldName, v: string) => {
    setDraft((prev) => ({ ...prev, [f]: v }));
    setSeen((prev) => (prev[f] === undefined ? { ...prev, [f]: stored[f] } : prev));
  };
  const label = (f: FieldName, v: string) =>
    f === "status" ? t(`status.${v}` as "status.NEW")
    : f === "priority" ? t(`level.${v}` as "level.LOW")
    : v ? agents.find((a) => a.id === v)?.name ?? t("unknownAgent") : t("unassigned");

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (changed.length === 0) return;
    const form = new FormData();
    form.set("ticketId", String(ticket.id));
    form.set("version", String(ticket.version));
    for (const f of changed) {
      form.set(f, draft[f] ?? "");
      form.set(SEEN_NAME[f], seen[f] ?? stored[f]);
    }
    startTransition(async () => {
      const result = await updateTicketAction(null, form);
      setState(result);
      if (result.ok) {
        setDraft({});
        setSeen({});
      } else if (result.fieldErrors) {
        const conflicted = Object.keys(result.fieldErrors);
        setSeen((prev) => Object.fromEntries(Object.entries(prev).filter(([f]) => !conflicted.includes(f))));
      }
    });
  };

  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const hint = (f: FieldName) => (changed.includes(f) ? d("storedValue", { value: label(f, stored[f]) }) : undefined);
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="ticket-properties">
      <h2 className="text-sm font-semibold">{t("properties")}</h2>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok && changed.length === 0 ? <Alert tone="success">{t("saved")}</Alert> : null}
      <Field id="status" label={t("statusLabel")} errors={errors?.status} hint={hint("status")}>
        <Select id="status" value={value("status")} onChange={(e) => choose("status", e.target.value)} invalid={!!errors?.status}>
          {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </Select>
      </Field>
      <Field id="priority" label={t("priority")} errors={errors?.priority} hint={hint("priority")}>
        <Select id="priority" value={value("priority")} onChange={(e) => choose("priority", e.target.value)} invalid={!!errors?.priority}>
          {LEVELS.map((l) => <option key={l} value={l}>{t(`level.${l}`)}</option>)}
        </Select>
      </Field>
      <Field id="assigneeId" label={t("assignee")} errors={errors?.assigneeId} hint={hint("assigneeId")}>
        <Select id="assigneeId" value={value("assigneeId")} onChange={(e) => choose("assigneeId", e.target.value)} invalid={!!errors?.assigneeId}>
          <option value="">{t("unassigned")}</option>
          {agents.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          {stored.assigneeId && !agents.some((a) => a.id === stored.assigneeId) ? (
            <option value={stored.assigneeId}>{t("unknownAgent")}</option>
          ) : null}
        </Select>
      </Field>
      <SubmitButton pending={pending} pendingLabel={t("saving")} disabled={changed.length === 0}>{t("save")}</SubmitButton>
    </form>
  );
}
