"use client";

import { useTranslations } from "next-intl";
import { deleteAssetLookupAction, saveAssetLookupAction } from "@/lib/assets/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Alert } from "@/components/ui/alert";

type Kind = "type" | "location";

/** Add a type or location (no id) or rename one. */
export function LookupNameForm({ kind, id, name, label }: { kind: Kind; id?: string; name?: string; label: string }) {
  const t = useTranslations("assets");
  const { state, onSubmit, pending } = useActionForm(saveAssetLookupAction);
  const error = state && !state.ok ? (state.fieldErrors?.name?.join(" ") ?? state.message) : null;
  const inputId = `${kind}-${id ?? "new"}`;
  return (
    <form onSubmit={onSubmit} className="space-y-1">
      <input type="hidden" name="kind" value={kind} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={inputId} className="sr-only">{label}</label>
        <input id={inputId} name="name" defaultValue={name ?? ""} required maxLength={80} aria-invalid={!!error} className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
        <SubmitButton variant="secondary" pending={pending} pendingLabel={t("lookupsPage.adding")}>{id ? t("lookupsPage.rename") : t("lookupsPage.add")}</SubmitButton>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </form>
  );
}

/** Delete an unused type or location, after confirming. */
export function LookupDeleteForm({ kind, id, name }: { kind: Kind; id: string; name: string }) {
  const t = useTranslations("assets");
  const { state, onSubmit, pending } = useActionForm(deleteAssetLookupAction);
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <ConfirmSubmit variant="secondary" pending={pending} pendingLabel="…" message={t("lookupsPage.deleteConfirm", { name })} aria-label={`${t("lookupsPage.delete")} ${name}`}>
        {t("lookupsPage.delete")}
      </ConfirmSubmit>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
    </form>
  );
}
