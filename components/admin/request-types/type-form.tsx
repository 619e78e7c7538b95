"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { saveRequestTypeAction } from "@/lib/request-types/actions";
import { DESCRIPTION_MAX, ICON_NAMES, NAME_MAX } from "@/lib/request-types/limits";
import { RequestTypeIcon } from "@/components/request-type-icon";
import { useActionForm } from "@/components/ui/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

type Values = { slug: string; nameEn: string; nameEs: string; descriptionEn: string; descriptionEs: string; icon: string };

/** A request type's names, descriptions (both languages) and icon, chosen from the fixed list. */
export function RequestTypeForm({ id, initial }: { id?: string; initial?: Values }) {
  const t = useTranslations("requestTypes");
  const { state, onSubmit, pending } = useActionForm(saveRequestTypeAction);
  const [values, setValues] = useState<Values>(initial ?? { slug: "", nameEn: "", nameEs: "", descriptionEn: "", descriptionEs: "", icon: "question" });
  const set = (name: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="nameEn" label={t("nameEn")} errors={errors?.nameEn}>
          <Input id="nameEn" value={values.nameEn} onChange={set("nameEn")} maxLength={NAME_MAX} invalid={!!errors?.nameEn} />
        </Field>
        <Field id="nameEs" label={t("nameEs")} errors={errors?.nameEs}>
          <Input id="nameEs" value={values.nameEs} onChange={set("nameEs")} maxLength={NAME_MAX} invalid={!!errors?.nameEs} />
        </Field>
        <Field id="descriptionEn" label={t("descriptionEn")} errors={errors?.descriptionEn}>
          <Textarea id="descriptionEn" rows={2} value={values.descriptionEn} onChange={set("descriptionEn")} maxLength={DESCRIPTION_MAX} invalid={!!errors?.descriptionEn} />
        </Field>
        <Field id="descriptionEs" label={t("descriptionEs")} errors={errors?.descriptionEs}>
          <Textarea id="descriptionEs" rows={2} value={values.descriptionEs} onChange={set("descriptionEs")} maxLength={DESCRIPTION_MAX} invalid={!!errors?.descriptionEs} />
        </Field>
        <Field id="slug" label={t("slug")} errors={errors?.slug} hint={t("slugHint")}>
          <Input id="slug" value={values.slug} onChange={set("slug")} maxLength={60} invalid={!!errors?.slug} />
        </Field>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{t("icon")}</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {ICON_NAMES.map((name) => (
            <label key={name} className="flex cursor-pointer items-center gap-1 rounded-md border border-slate-200 px-2 py-1 has-[:checked]:border-brand has-[:checked]:ring-2 has-[:checked]:ring-brand">
              <input type="radio" name="icon" value={name} checked={values.icon === name} onChange={set("icon")} />
              <RequestTypeIcon name={name} className="h-5 w-5" />
              <span className="sr-only">{t(`icons.${name}`)}</span>
            </label>
          ))}
        </div>
        {errors?.icon ? <p className="text-sm text-red-600">{errors.icon.join(" ")}</p> : null}
      </fieldset>
      <div className="flex justify-end">
        <SubmitButton pending={pending} pendingLabel={t("saving")}>{id ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
