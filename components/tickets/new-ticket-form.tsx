"use client";

import { useState } from "react";
import { useActionForm } from "@/components/ui/use-action-form";
import { useTranslations } from "next-intl";
import { createTicketAction } from "@/lib/tickets/actions";
import { SUBJECT_MAX, TEXT_MAX } from "@/lib/tickets/schema";
import { SubmitButton } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

type Category = { id: string; name: string; description: string };
const URGENCIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;

/** Controlled fields, so that nothing typed is lost when the server refuses the ticket. */
export function NewTicketForm({ categories }: { categories: Category[] }) {
  const t = useTranslations("tickets");
  const { state, onSubmit, pending } = useActionForm(createTicketAction);
  const [values, setValues] = useState({ subject: "", description: "", categoryId: "", urgency: "MEDIUM" });
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const chosen = categories.find((c) => c.id === values.categoryId);
  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <Field id="categoryId" label={t("category")} errors={errors?.categoryId} hint={chosen?.description}>
        <Select id="categoryId" value={values.categoryId} onChange={set("categoryId")} required invalid={!!errors?.categoryId}>
          <option value="">{t("chooseCategory")}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="subject" label={t("subject")} errors={errors?.subject}>
        <Input id="subject" value={values.subject} onChange={set("subject")} maxLength={SUBJECT_MAX} required invalid={!!errors?.subject} />
      </Field>
      <Field id="description" label={t("description")} errors={errors?.description}>
        <Textarea id="description" rows={8} value={values.description} onChange={set("description")} maxLength={TEXT_MAX} required invalid={!!errors?.description} />
      </Field>
      <Field id="urgency" label={t("urgency")} errors={errors?.urgency}>
        <Select id="urgency" value={values.urgency} onChange={set("urgency")} invalid={!!errors?.urgency}>
          {URGENCIES.map((u) => (
            <option key={u} value={u}>
              {t(`level.${u}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex justify-end">
        <SubmitButton pendingLabel={t("creating")} pending={pending}>{t("createTicket")}</SubmitButton>
      </div>
    </form>
  );
}
