"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { importAssetsAction, type ImportState } from "@/lib/assets/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { DataRow, DataTable, cellClass } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";

/** Upload a CSV, see what each line would do, then confirm: the same text is checked and written again. */
export function AssetImport() {
  const t = useTranslations("assets");
  const { state, onSubmit, pending } = useActionForm<ImportState>(importAssetsAction);
  if (state?.ok && state.stage === "done") {
    return (
      <div className="space-y-3">
        <Alert tone="success">{t("importPage.done", { creates: state.data.creates, updates: state.data.updates })}</Alert>
        <div className="flex gap-3 text-sm">
          <Link href="/admin/assets" className="text-brand underline">{t("back")}</Link>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load starts the import afresh */}
          <a href="/admin/assets/import" className="text-brand underline">{t("importPage.again")}</a>
        </div>
      </div>
    );
  }
  const preview = state?.ok ? state.data : null;
  const writable = preview ? preview.creates + preview.updates : 0;
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" encType="multipart/form-data">
        <label htmlFor="asset-csv" className="block text-sm font-medium text-slate-700">{t("importPage.file")}</label>
        <input id="asset-csv" name="file" type="file" accept=".csv,text/csv" required className="block w-full text-sm" />
        <SubmitButton variant="secondary" pending={pending} pendingLabel={t("importPage.previewing")}>{t("importPage.preview")}</SubmitButton>
      </form>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {preview ? (
        <section className="space-y-3" aria-label={t("importPage.preview")}>
          <p className="text-sm font-medium" aria-live="polite">{t("importPage.summary", { creates: preview.creates, updates: preview.updates, rejects: preview.rejects })}</p>
          <DataTable testId="asset-import-preview" columns={[t("importPage.line"), t("columns.tag"), t("columns.name"), t("importPage.action"), t("importPage.reasons")]}>
            {preview.lines.map((line) => (
              <DataRow key={line.line}>
                <td className={cellClass}>{line.line}</td>
                <td className={`${cellClass} font-mono`}>{line.tag ?? "—"}</td>
                <td className={cellClass}>{line.name}</td>
                <td className={cellClass}>
                  <Badge tone={line.action === "reject" ? "red" : line.action === "update" ? "amber" : "green"}>{t(`importPage.actions.${line.action}`)}</Badge>
                </td>
                <td className={`${cellClass} text-red-700`}>{line.action === "reject" ? line.reasons.map((r) => t(r as "errors.invalid", { max: 5000 })).join(" ") : ""}</td>
              </DataRow>
            ))}
          </DataTable>
          {preview.rejects > 0 ? <p className="text-sm text-slate-600">{t("importPage.rejectedSkipped")}</p> : null}
          {writable > 0 && state ? (
            <form onSubmit={onSubmit}>
              <input type="hidden" name="confirm" value="1" />
              <input type="hidden" name="csv" value={state.csv} />
              <SubmitButton pending={pending} pendingLabel={t("importPage.confirming")}>{t("importPage.confirm", { count: writable })}</SubmitButton>
            </form>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
