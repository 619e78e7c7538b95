"use client";

import { useTranslations } from "next-intl";
import { saveAssetAction } from "@/lib/assets/actions";
import { ASSET_STATUSES, NAME_MAX, NOTES_MAX, TAG_MAX, TEXT_MAX } from "@/lib/assets/limits";
import { useActionForm } from "@/components/ui/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

type Option = { id: string; name: string };
export type AssetFormValues = {
  id?: string; tag: string; name: string; typeId: string; manufacturer: string; model: string; serialNumber: string;
  status: string; purchaseDate: string; purchaseCost: string; warrantyEnd: string; locationId: string; organizationId: string; notes: string;
};

/** Create or edit an asset. The form is not reset after a refusal, so nothing typed is lost. */
export function AssetForm({ initial, types, locations, organizations }: { initial: AssetFormValues; types: Option[]; locations: Option[]; organizations: Option[] }) {
  const t = useTranslations("assets");
  const { state, onSubmit, pending } = useActionForm(saveAssetAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const text = (name: "tag" | "name" | "manufacturer" | "model" | "serialNumber" | "purchaseCost", max: number, extra: { hint?: string; required?: boolean; inputMode?: "decimal" } = {}) => (
    <Field id={name} label={t(`fields.${name}`)} errors={errors?.[name]} hint={extra.hint}>
      <Input id={name} defaultValue={initial[name]} maxLength={max} required={extra.required} inputMode={extra.inputMode} invalid={!!errors?.[name]} autoComplete="off" />
    </Field>
  );
  const date = (name: "purchaseDate" | "warrantyEnd") => (
    <Field id={name} label={t(`fields.${name}`)} errors={errors?.[name]}>
      <Input id={name} type="date" defaultValue={initial[name]} invalid={!!errors?.[name]} />
    </Field>
  );
  const choice = (name: "typeId" | "locationId" | "organizationId", label: string, options: Option[], required = false) => (
    <Field id={name} label={label} errors={errors?.[name]}>
      <Select id={name} defaultValue={initial[name]} required={required} invalid={!!errors?.[name]}>
        <option value="">{required ? "—" : t("none")}</option>
        {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </Select>
    </Field>
  );
  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {text("tag", TAG_MAX, { hint: t("fields.tagHint") })}
        {text("name", NAME_MAX, { required: true })}
        {choice("typeId", t("fields.type"), types, true)}
        <Field id="status" label={t("fields.status")} errors={errors?.status}>
          <Select id="status" defaultValue={initial.status} invalid={!!errors?.status}>
            {ASSET_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </Select>
        </Field>
        {text("manufacturer", TEXT_MAX)}
        {text("model", TEXT_MAX)}
        {text("serialNumber", TEXT_MAX)}
        {choice("locationId", t("fields.location"), locations)}
        {date("purchaseDate")}
        {text("purchaseCost", 13, { hint: t("fields.purchaseCostHint"), inputMode: "decimal" })}
        {date("warrantyEnd")}
        {choice("organizationId", t("fields.organization"), organizations)}
      </div>
      <Field id="notes" label={t("fields.notes")} errors={errors?.notes}>
        <Textarea id="notes" rows={4} defaultValue={initial.notes} maxLength={NOTES_MAX} invalid={!!errors?.notes} />
      </Field>
      <SubmitButton pending={pending} pendingLabel={t("saving")}>{initial.id ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
