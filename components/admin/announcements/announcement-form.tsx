"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { deleteAnnouncementAction, saveAnnouncementAction } from "@/lib/announcements/actions";
import { ANNOUNCEMENT_MESSAGE_MAX, ANNOUNCEMENT_SEVERITIES } from "@/lib/announcements/limits";
import { useActionForm } from "@/components/ui/use-action-form";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";

type Values = { severity: string; messageEn: string; messageEs: string; startsAt: string; endsAt: string };

/** A datetime-local value ("2026-12-01T09:30") in the browser's time zone, from an ISO moment. */
export function localInputValue(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Adds (no id) or edits an announcement. The start and end are typed in the admin's own time and
 * sent as ISO moments, so the server never guesses a time zone. Controlled: a refusal loses nothing.
 */
export function AnnouncementForm({ id, initial }: { id?: string; initial: { severity: string; messageEn: string; messageEs: string; startsAt: string | null; endsAt: string | null } }) {
  const t = useTranslations("announcements");
  const { state, onSubmit, pending } = useActionForm<ActionResult<{ id: string }>>(saveAnnouncementAction);
  const del = useActionForm<ActionResult>(deleteAnnouncementAction);
  const [values, setValues] = useState<Values>(() => {
    const now = new Date();
    return {
      severity: initial.severity,
      messageEn: initial.messageEn,
      messageEs: initial.messageEs,
      startsAt: localInputValue(initial.startsAt ?? now.toISOString()),
      endsAt: localInputValue(initial.endsAt ?? new Date(now.getTime() + 24 * 3600_000).toISOString()),
    };
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const set = (name: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  const iso = (local: string) => {
    const d = new Date(local);
    return Number.isNaN(d.getTime()) ? "" : d.toISOString();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    // The typed local times go to the server as ISO moments in hidden fields.
    const form = event.currentTarget;
    (form.elements.namedItem("startsAt") as HTMLInputElement).value = iso(values.startsAt);
    (form.elements.namedItem("endsAt") as HTMLInputElement).value = iso(values.endsAt);
    onSubmit(event);
  };
  return (
    <div className="space-y-6">
      <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
        {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
        {id ? <input type="hidden" name="id" value={id} /> : null}
        <input type="hidden" name="startsAt" />
        <input type="hidden" name="endsAt" />
        <Field id="severity" label={t("fieldSeverity")} errors={errors?.severity} hint={t("severityHint")}>
          <Select id="severity" value={values.severity} onChange={set("severity")}>
            {ANNOUNCEMENT_SEVERITIES.map((s) => (
              <option key={s} value={s}>{t(`severity.${s}`)}</option>
            ))}
          </Select>
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="messageEn" label={t("fieldMessageEn")} errors={errors?.messageEn}>
            <Textarea id="messageEn" rows={3} value={values.messageEn} maxLength={ANNOUNCEMENT_MESSAGE_MAX} onChange={set("messageEn")} invalid={!!errors?.messageEn} />
          </Field>
          <Field id="messageEs" label={t("fieldMessageEs")} errors={errors?.messageEs}>
            <Textarea id="messageEs" rows={3} value={values.messageEs} maxLength={ANNOUNCEMENT_MESSAGE_MAX} onChange={set("messageEs")} invalid={!!errors?.messageEs} />
          </Field>
          <Field id="startsAtLocal" label={t("fieldStartsAt")} errors={errors?.startsAt}>
            <Input id="startsAtLocal" name="" type="datetime-local" value={values.startsAt} onChange={set("startsAt")} invalid={!!errors?.startsAt} />
          </Field>
          <Field id="endsAtLocal" label={t("fieldEndsAt")} errors={errors?.endsAt}>
            <Input id="endsAtLocal" name="" type="datetime-local" value={values.endsAt} onChange={set("endsAt")} invalid={!!errors?.endsAt} />
          </Field>
        </div>
        <SubmitButton pending={pending} pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </form>
      {id ? (
        <form onSubmit={del.onSubmit} className="space-y-2">
          <input type="hidden" name="id" value={id} />
          {del.state && !del.state.ok ? <Alert tone="error">{del.state.message}</Alert> : null}
          <ConfirmSubmit variant="danger" pending={del.pending} pendingLabel={t("deleting")} message={t("deleteConfirm")}>
            {t("delete")}
          </ConfirmSubmit>
        </form>
      ) : null}
    </div>
  );
}
