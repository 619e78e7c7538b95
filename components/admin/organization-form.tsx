"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateOrganizationAction } from "@/lib/organizations/actions";
import type { ActionResult } from "@/lib/action-result";
import { SubmitButton } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

type Values = { name: string; kind: "COMPANY" | "DEPARTMENT"; shareTickets: boolean };

/** An organization's name, kind and ticket sharing. Controlled, so a refused save loses nothing. */
export function OrganizationForm({ id, initial }: { id: string; initial: Values }) {
  const t = useTranslations("organizations");
  const { state, onSubmit, pending } = useActionForm<ActionResult>(updateOrganizationAction);
  const [values, setValues] = useState(initial);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.ok ? t("saved") : state.message}</Alert> : null}
      <input type="hidden" name="organizationId" value={id} />
      <Field id="name" label={t("name")} errors={errors?.name}>
        <Input id="name" value={values.name} onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))} required maxLength={120} invalid={!!errors?.name} />
      </Field>
      <Field id="kind" label={t("kind")} errors={errors?.kind}>
        <Select id="kind" value={values.kind} onChange={(e) => setValues((v) => ({ ...v, kind: e.target.value as Values["kind"] }))}>
          <option value="COMPANY">{t("kinds.COMPANY")}</option>
          <option value="DEPARTMENT">{t("kinds.DEPARTMENT")}</option>
        </Select>
      </Field>
      <div className="flex items-start gap-2">
        <input
          id="shareTickets"
          name="shareTickets"
          type="checkbox"
          checked={values.shareTickets}
          onChange={(e) => setValues((v) => ({ ...v, shareTickets: e.target.checked }))}
          aria-describedby="shareTickets-hint"
          className="mt-1 h-4 w-4"
        />
        <div>
          <label htmlFor="shareTickets" className="text-sm font-medium text-slate-800">{t("shareTickets")}</label>
          <p id="shareTickets-hint" className="text-xs text-slate-500">{t("shareTicketsHint")}</p>
        </div>
      </div>
      <SubmitButton pending={pending} pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
