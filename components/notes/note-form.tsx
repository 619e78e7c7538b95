"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteNoteAction, saveNoteAction } from "@/lib/notes/actions";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { PersonPicker } from "@/components/documents/person-picker";
import { NOTE_BODY_MAX } from "@/lib/notes/limits";

type Person = { email: string; name: string };
type Values = { id: string; title: string; body: string; type: "person" | "organization" | "kind"; person: Person[]; organizationId: string; kind: "EMPLOYEE" | "CUSTOMER" };

/** Writes or edits a note; controlled, so a refused save keeps the text. */
export function NoteForm({ initial, organizations, saved }: { initial: Values; organizations: { id: string; name: string }[]; saved?: boolean }) {
  const t = useTranslations("notes.admin");
  const { state, onSubmit, pending } = useActionForm<ActionResult<{ id: string }>>(saveNoteAction);
  const [v, setV] = useState(initial);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const set = (name: keyof Values) => (e: { target: { value: string } }) => setV((old) => ({ ...old, [name]: e.target.value }));
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.ok ? t("saved") : state.message}</Alert> : saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <input type="hidden" name="id" value={v.id} />
      <Field id="title" label={t("titleLabel")} errors={errors?.title}>
        <Input id="title" value={v.title} onChange={set("title")} maxLength={200} invalid={!!errors?.title} />
      </Field>
      <Field id="type" label={t("for")}>
        <Select id="type" value={v.type} onChange={set("type")}>
          <option value="person">{t("forPerson")}</option>
          <option value="organization">{t("forOrganization")}</option>
          <option value="kind">{t("forKind")}</option>
        </Select>
      </Field>
      {v.type === "person" ? (
        <PersonPicker id="email" name="email" label={t("person")} initial={v.person} errors={errors?.email} onChange={(person) => setV((old) => ({ ...old, person }))} />
      ) : v.type === "kind" ? (
        <Field id="kind" label={t("kind")}>
          <Select id="kind" value={v.kind} onChange={set("kind")}>
            <option value="EMPLOYEE">{t("kinds.EMPLOYEE")}</option>
            <option value="CUSTOMER">{t("kinds.CUSTOMER")}</option>
          </Select>
        </Field>
      ) : (
        <Field id="organizationId" label={t("organization")} errors={errors?.organizationId}>
          <Select id="organizationId" value={v.organizationId || organizations[0]?.id || ""} onChange={set("organizationId")}>
            {organizations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </Select>
        </Field>
      )}
      <Field id="body" label={t("bodyLabel")} errors={errors?.body} hint={t("bodyHint")}>
        <Textarea id="body" rows={10} value={v.body} onChange={set("body")} maxLength={NOTE_BODY_MAX} invalid={!!errors?.body} />
      </Field>
      <SubmitButton pending={pending} pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}

export function DeleteNoteButton({ id }: { id: string }) {
  const t = useTranslations("notes.admin");
  const { state, onSubmit, pending } = useActionForm<ActionResult>(deleteNoteAction);
  return (
    <form onSubmit={onSubmit}>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <ConfirmSubmit message={t("deleteConfirm")} pending={pending} pendingLabel={t("deleting")} variant="danger">{t("delete")}</ConfirmSubmit>
    </form>
  );
}
