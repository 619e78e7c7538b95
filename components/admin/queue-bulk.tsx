"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { bulkUpdateAction } from "@/lib/tickets/bulk-actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { ConfirmDialogSubmit } from "@/components/ui/confirm-dialog-submit";
import { Alert } from "@/components/ui/alert";

// The queue's rows are drawn on the server; their checkboxes belong to this form through the
// `form` attribute, so the table stays a server component.
export const BULK_FORM_ID = "queue-bulk";
const STATUSES = ["NEW", "OPEN", "WAITING_FOR_CUSTOMER", "RESOLVED", "CLOSED"] as const;
const LEVELS = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;

function rowBoxes() {
  return [...document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name=ids][form=${BULK_FORM_ID}]`)];
}

/** How many rows are ticked, kept up to date as boxes change. */
function useSelectedCount() {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const update = () => setCount(rowBoxes().filter((box) => box.checked).length);
    update();
    document.addEventListener("change", update);
    return () => document.removeEventListener("change", update);
  }, []);
  return count;
}

/** The header checkbox: ticks or clears every row of this page. */
export function SelectAllOnPage() {
  const t = useTranslations("queue.bulk");
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    const update = () => {
      const boxes = rowBoxes();
      setChecked(boxes.length > 0 && boxes.every((box) => box.checked));
    };
    document.addEventListener("change", update);
    return () => document.removeEventListener("change", update);
  }, []);
  return (
    <input
      type="checkbox"
      className="size-4"
      aria-label={t("selectAll")}
      checked={checked}
      onChange={(e) => {
        for (const box of rowBoxes()) box.checked = e.target.checked;
        document.dispatchEvent(new Event("change"));
      }}
    />
  );
}

/** Assign, or change the status or priority of, the ticked tickets, after confirming in a dialog. */
export function QueueBulkBar({ agents, viewerId }: { agents: { id: string; name: string }[]; viewerId: string }) {
  const t = useTranslations("queue.bulk");
  const tStatus = useTranslations("tickets.status");
  const tLevel = useTranslations("tickets.level");
  const { state, onSubmit, pending } = useActionForm(bulkUpdateAction);
  const count = useSelectedCount();
  const [change, setChange] = useState("");
  useEffect(() => {
    if (!state?.ok) return;
    for (const box of rowBoxes()) box.checked = false;
    document.dispatchEvent(new Event("change"));
  }, [state]);

  const options = [
    { value: "assign:me", label: t("assignMe"), group: "assign" },
    { value: "assign:none", label: t("unassign"), group: "assign" },
    ...agents.filter((a) => a.id !== viewerId).map((a) => ({ value: `assign:${a.id}`, label: t("assignTo", { name: a.name }), group: "assign" })),
    ...STATUSES.map((s) => ({ value: `status:${s}`, label: t("statusTo", { status: tStatus(s) }), group: "status" })),
    ...LEVELS.map((l) => ({ value: `priority:${l}`, label: t("priorityTo", { priority: tLevel(l) }), group: "priority" })),
  ];
  const chosen = options.find((o) => o.value === change);
  return (
    <form id={BULK_FORM_ID} onSubmit={onSubmit} aria-label={t("label")} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-end gap-3">
        <p className="text-sm font-medium text-slate-700" aria-live="polite">{t("selected", { count })}</p>
        <div className="text-sm">
          <label htmlFor="queue-bulk-change" className="block text-slate-600">{t("change")}</label>
          <select id="queue-bulk-change" name="change" value={change} onChange={(e) => setChange(e.target.value)} className="max-w-[18rem] rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
            <option value="">{t("choose")}</option>
            <optgroup label={t("assignGroup")}>
              {options.filter((o) => o.group === "assign").map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </optgroup>
            <optgroup label={t("statusGroup")}>
              {options.filter((o) => o.group === "status").map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </optgroup>
            <optgroup label={t("priorityGroup")}>
              {options.filter((o) => o.group === "priority").map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </optgroup>
          </select>
        </div>
        <ConfirmDialogSubmit
          variant="secondary"
          pending={pending}
          pendingLabel={t("applying")}
          disabled={count === 0 || !chosen}
          title={t("confirmTitle")}
          message={t("confirm", { change: chosen?.label ?? "", count })}
          confirmLabel={t("confirmYes")}
          cancelLabel={t("cancel")}
        >
          {t("apply")}
        </ConfirmDialogSubmit>
      </div>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("done", { count: state.data.updated })}</Alert> : null}
    </form>
  );
}
