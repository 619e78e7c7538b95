"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/ui/use-action-form";
import { createRequestAction } from "@/lib/confirmations/actions";
import { CONFIRMATION_KINDS, POLICY_TEXT_MAX, type ConfirmationKindName } from "@/lib/confirmations/limits";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { PersonPicker } from "@/components/documents/person-picker";

type Choice = { id: string; label: string };

/** A new confirmation request; controlled, so a refused send keeps everything. */
export function RequestForm({ versions, assets, initial }: { versions: Choice[]; assets: Choice[]; initial: { kind: ConfirmationKindName; recipients: { email: string; name: string }[]; documentVersionId: string } }) {
  const t = useTranslations("confirmations");
  const { state, onSubmit, pending } = useActionForm<ActionResult<{ id: string }>>(createRequestAction);
  const [v, setV] = useState({ title: "", text: "", assetIds: [] as string[], ...initial });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const assetKind = v.kind === "ASSET_HANDOVER" || v.kind === "ASSET_RETURN";
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <Field id="kind" label={t("admin.kindLabel")} errors={errors?.kind}>
        <Select id="kind" value={v.kind} onChange={(e) => setV({ ...v, kind: e.target.value as ConfirmationKindName })}>
          {CONFIRMATION_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
        </Select>
      </Field>
      <Field id="title" label={t("admin.titleLabel")} errors={errors?.title}>
        <Input id="title" value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} maxLength={200} invalid={!!errors?.title} />
      </Field>
      {v.kind === "DOCUMENT_VERSION" ? (
        <Field id="documentVersionId" label={t("admin.versionLabel")} errors={errors?.documentVersionId}>
          <Select id="documentVersionId" value={v.documentVersionId} onChange={(e) => setV({ ...v, documentVersionId: e.target.value })} invalid={!!errors?.documentVersionId}>
            <option value="">{t("admin.versionNone")}</option>
            {versions.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
          </Select>
        </Field>
      ) : null}
      {assetKind ? (
        <fieldset className="space-y-1" aria-describedby="assets-hint">
          <legend className="text-sm font-medium text-slate-700">{t("admin.assetsLabel")}</legend>
          {assets.length === 0 ? <p className="text-sm text-slate-600">{t("admin.noAssets")}</p> : null}
          {assets.map((a) => (
            <label key={a.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="assetIds"
                value={a.id}
                checked={v.assetIds.includes(a.id)}
                onChange={(e) => setV({ ...v, assetIds: e.target.checked ? [...v.assetIds, a.id] : v.assetIds.filter((x) => x !== a.id) })}
                className="h-4 w-4"
              />
              {a.label}
            </label>
          ))}
          <p id="assets-hint" className="text-xs text-slate-500">{t("admin.assetsHint")}</p>
          {errors?.assetIds ? <p className="text-sm text-red-600">{errors.assetIds.join(" ")}</p> : null}
        </fieldset>
      ) : null}
      <Field id="text" label={t("admin.textLabel")} errors={errors?.text} hint={t("admin.textHint")}>
        <Textarea id="text" rows={8} value={v.text} onChange={(e) => setV({ ...v, text: e.target.value })} maxLength={POLICY_TEXT_MAX} invalid={!!errors?.text} />
      </Field>
      <PersonPicker id="recipients" name="recipients" multiple label={t("admin.recipientsLabel")} initial={v.recipients} errors={errors?.recipients} onChange={(recipients) => setV({ ...v, recipients })} />
      <SubmitButton pending={pending} pendingLabel={t("admin.sending")}>{t("admin.send")}</SubmitButton>
    </form>
  );
}
