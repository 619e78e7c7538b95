"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/ui/use-action-form";
import { assignDocumentAction, deleteDocumentAction, unassignDocumentAction, updateDocumentDetailsAction } from "@/lib/documents/actions";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { PersonPicker } from "./person-picker";

export function DocumentDetailsForm({ documentId, initial }: { documentId: string; initial: { title: string; description: string; category: string } }) {
  const t = useTranslations("documents.admin");
  const { state, onSubmit, pending } = useActionForm<ActionResult>(updateDocumentDetailsAction);
  const [values, setValues] = useState(initial);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.ok ? t("saved") : state.message}</Alert> : null}
      <input type="hidden" name="documentId" value={documentId} />
      <Field id="title" label={t("titleLabel")} errors={errors?.title}>
        <Input id="title" value={values.title} onChange={(e) => setValues({ ...values, title: e.target.value })} maxLength={200} invalid={!!errors?.title} />
      </Field>
      <Field id="description" label={t("descriptionLabel")} errors={errors?.description}>
        <Textarea id="description" rows={3} value={values.description} onChange={(e) => setValues({ ...values, description: e.target.value })} maxLength={2000} />
      </Field>
      <Field id="category" label={t("categoryLabel")} errors={errors?.category}>
        <Input id="category" value={values.category} onChange={(e) => setValues({ ...values, category: e.target.value })} maxLength={80} />
      </Field>
      <SubmitButton pending={pending} pendingLabel={t("saving")} variant="secondary">{t("save")}</SubmitButton>
    </form>
  );
}

export function AssignForm({ documentId, organizations }: { documentId: string; organizations: { id: string; name: string }[] }) {
  const t = useTranslations("documents.admin");
  const { state, onSubmit, pending } = useActionForm<ActionResult>(assignDocumentAction);
  const [type, setType] = useState<"person" | "organization" | "kind">("person");
  const [person, setPerson] = useState<{ email: string; name: string }[]>([]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.ok ? t("assigned") : state.message}</Alert> : null}
      <input type="hidden" name="documentId" value={documentId} />
      <Field id="type" label={t("assignTo")}>
        <Select id="type" value={type} onChange={(e) => setType(e.target.value as typeof type)}>
          <option value="person">{t("targetPerson")}</option>
          <option value="organization">{t("targetOrganization")}</option>
          <option value="kind">{t("targetKind")}</option>
        </Select>
      </Field>
      {type === "person" ? (
        <PersonPicker id="email" name="email" label={t("person")} initial={person} errors={errors?.email} onChange={setPerson} />
      ) : type === "organization" ? (
        <Field id="organizationId" label={t("organization")}>
          <Select id="organizationId">
            {organizations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </Select>
        </Field>
      ) : (
        <Field id="kind" label={t("kind")}>
          <Select id="kind">
            <option value="EMPLOYEE">{t("kinds.EMPLOYEE")}</option>
            <option value="CUSTOMER">{t("kinds.CUSTOMER")}</option>
          </Select>
        </Field>
      )}
      <SubmitButton pending={pending} pendingLabel={t("assigning")}>{t("assign")}</SubmitButton>
    </form>
  );
}

export function UnassignButton({ documentId, assignmentId, target }: { documentId: string; assignmentId: string; target: string }) {
  const t = useTranslations("documents.admin");
  const { state, onSubmit, pending } = useActionForm<ActionResult>(unassignDocumentAction);
  return (
    <form onSubmit={onSubmit} className="inline">
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <ConfirmSubmit message={t("removeConfirm", { target })} pending={pending} pendingLabel={t("removing")} variant="secondary" aria-label={`${t("remove")}: ${target}`}>
        {t("remove")}
      </ConfirmSubmit>
      {state && !state.ok ? <span role="alert" className="ml-2 text-sm text-red-600">{state.message}</span> : null}
    </form>
  );
}

/** Deletes the document after a confirmation; one that a confirmation names is archived instead. */
export function DeleteDocumentButton({ documentId, title }: { documentId: string; title: string }) {
  const t = useTranslations("documents.admin");
  const { state, onSubmit, pending } = useActionForm<ActionResult>(deleteDocumentAction);
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="documentId" value={documentId} />
      <p className="text-sm text-slate-600">{t("deleteHint")}</p>
      <ConfirmSubmit message={t("deleteConfirm", { title })} pending={pending} pendingLabel={t("deleting")} variant="danger">{t("delete")}</ConfirmSubmit>
    </form>
  );
}
