"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { bulkUpdateAssetsAction } from "@/lib/assets/actions";
import { ASSET_STATUSES } from "@/lib/assets/limits";
import { useActionForm } from "@/components/ui/use-action-form";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Alert } from "@/components/ui/alert";

// The rows are drawn on the server; their checkboxes join this form through the `form` attribute.
export const ASSET_BULK_FORM_ID = "asset-bulk";

function rowBoxes() {
  return [...document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name=ids][form=${ASSET_BULK_FORM_ID}]`)];
}

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
export function SelectAllAssets() {
  const t = useTranslations("assets.bulk");
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

/** Set the status of, or check in, the ticked assets, after confirming. */
export function AssetBulkBar({ empty = false }: { empty?: boolean }) {
  const t = useTranslations("assets");
  const { state, onSubmit, pending } = useActionForm(bulkUpdateAssetsAction);
  const count = useSelectedCount();
  const [change, setChange] = useState("");
  useEffect(() => {
    if (!state?.ok) return;
    for (const box of rowBoxes()) box.checked = false;
    document.dispatchEvent(new Event("change"));
  }, [state]);
  // Held assets are not set in stock or retired: the message says how many were left as they were.
  const doneMessage = ({ changed, skipped }: { changed: number; skipped: number }) =>
    skipped > 0 ? `${t("bulk.done", { count: changed })} ${t("bulk.skippedHeld", { count: skipped })}` : t("bulk.done", { count: changed });
  if (empty && !state) return null;
  if (empty && state) {
    return state.ok ? <Alert tone="success">{doneMessage(state.data)}</Alert> : <Alert tone="error">{state.message}</Alert>;
  }
  const statusOf = change.startsWith("status:") ? t(`status.${change.slice(7)}` as "status.IN_STOCK") : "";
  return (
    <form id={ASSET_BULK_FORM_ID} onSubmit={onSubmit} aria-label={t("bulk.status")} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-end gap-3">
        <p className="text-sm font-medium text-slate-700" aria-live="polite">{t("bulk.selected", { count })}</p>
        <div className="text-sm">
          <label htmlFor="asset-bulk-change" className="sr-only">{t("bulk.status")}</label>
          <select id="asset-bulk-change" name="change" value={change} onChange={(e) => setChange(e.target.value)} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
            <option value="">{t("bulk.status")}…</option>
            {ASSET_STATUSES.map((s) => <option key={s} value={`status:${s}`}>{t("bulk.status")}: {t(`status.${s}`)}</option>)}
            <option value="checkIn">{t("bulk.checkIn")}</option>
          </select>
        </div>
        <ConfirmSubmit
          variant="secondary"
          pending={pending}
          pendingLabel={t("bulk.applying")}
          disabled={count === 0 || !change}
          message={change === "checkIn" ? t("bulk.confirmCheckIn", { count }) : t("bulk.confirmStatus", { count, status: statusOf })}
        >
          {t("bulk.apply")}
        </ConfirmSubmit>
      </div>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{doneMessage(state.data)}</Alert> : null}
    </form>
  );
}
