"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { saveFieldAction } from "@/lib/request-types/actions";
import { FIELD_TYPES, LABEL_MAX } from "@/lib/request-types/limits";
import { useActionForm } from "@/components/ui/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

type Values = { labelEn: string; labelEs: string; type: string; required: boolean; options: string };
const EMPTY: Values = { labelEn: "", labelEs: "", type: "TEXT", required: false, options: "" };

/** Adds a field to a request type, or edits one (its ids keep the controls of several forms apart). */
export function RequestTypeFieldForm({ typeId, fieldId, initial }: { typeId: string; fieldId?: string; initial?: Values }) {
  const t = useTranslations("requestTypes");
  const [values, setValues] = useState<Values>(initial ?? EMPTY);
  const { state, onSubmit, pending } = useActionForm(async (previous: Awaited<ReturnType<typeof saveFieldAction>> | null, form: FormData) => {
    const result = await saveFieldAction(previous, form);
    if (result.ok && !fieldId) setValues(EMPTY);
    return result;
  });
  const set = (name: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const p = fieldId ?? "new";
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label={fieldId ? t("fields.editLabel", { label: values.labelEn }) : t("fields.add")}>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
      <input type="hidden" name="typeId" value={typeId} />
      {fieldId ? <input type="hidden" name="fieldId" value={fieldId} /> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={`${p}-labelEn`} label={t("fields.labelEn")} errors={errors?.labelEn}>
          <Input id={`${p}-labelEn`} name="labelEn" value={values.labelEn} onChange={set("labelEn")} maxLength={LABEL_MAX} invalid={!!errors?.labelEn} />
        </Field>
        <Field id={`${p}-labelEs`} label={t("fields.labelEs")} errors={errors?.labelEs}>
          <Input id={`${p}-labelEs`} name="labelEs" value={values.labelEs} onChange={set("labelEs")} maxLength={LABEL_MAX} invalid={!!errors?.labelEs} />
        </Field>
        <Field id={`${p}-type`} label={t("fields.type")} errors={errors?.type}>
          <Select id={`${p}-type`} name="type" value={values.type} onChange={set("type")} invalid={!!errors?.type}>
            {FIELD_TYPES.map((type) => <option key={type} value={type}>{t(`fieldTypes.${type}`)}</option>)}
          </Select>
        </Field>
      </div>
      {values.type === "CHOICE" ? (
        <Field id={`${p}-options`} label={t("fields.options")} errors={errors?.options} hint={t("fields.optionsHint")}>
          <Textarea id={`${p}-options`} name="options" rows={4} value={values.options} onChange={set("options")} invalid={!!errors?.options} />
        </Field>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="required" checked={values.required} onChange={(e) => setValues((v) => ({ ...v, required: e.target.checked }))} />
          {t("fields.required")}
        </label>
        <SubmitButton pending={pending} pendingLabel={t("saving")}>{fieldId ? t("fields.save") : t("fields.add")}</SubmitButton>
      </div>
    </form>
  );
}
