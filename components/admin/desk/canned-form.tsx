"use client";

import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { deleteCannedResponseAction, saveCannedResponseAction } from "@/lib/canned/actions";
import { CANNED_BODY_MAX, CANNED_TITLE_MAX } from "@/lib/canned/limits";
import { PLACEHOLDERS } from "@/lib/canned/placeholders";
import { useActionForm } from "@/components/ui/use-action-form";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { buttonClass } from "@/components/ui/button-class";

type Values = { title: string; body: string; locale: string; active: boolean };

/** Adds (no id) or edits a canned response. Controlled, so a refused save loses nothing. */
export function CannedResponseForm({ id, initial }: { id?: string; initial: Values }) {
  const t = useTranslations("desk.canned");
  const { state, onSubmit, pending } = useActionForm<ActionResult<{ id: string }>>(saveCannedResponseAction);
  const [values, setValues] = useState(initial);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <Field id="title" label={t("fieldTitle")} errors={errors?.title}>
          <Input id="title" value={values.title} maxLength={CANNED_TITLE_MAX} required invalid={!!errors?.title}
            onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))} />
        </Field>
        <Field id="locale" label={t("fieldLocale")} errors={errors?.locale}>
          <Select id="locale" value={values.locale} onChange={(e) => setValues((v) => ({ ...v, locale: e.target.value }))}>
            <option value="any">{t("locales.any")}</option>
            <option value="en">{t("locales.en")}</option>
            <option value="es">{t("locales.es")}</option>
          </Select>
        </Field>
      </div>
      <Field id="body" label={t("fieldBody")} errors={errors?.body} hint={t("bodyHint")}>
        <Textarea id="body" rows={8} value={values.body} maxLength={CANNED_BODY_MAX} required invalid={!!errors?.body}
          onChange={(e) => setValues((v) => ({ ...v, body: e.target.value }))} />
      </Field>
      <div className="rounded-md bg-slate-50 p-3 text-sm" data-testid="placeholder-help">
        <p className="font-medium">{t("placeholdersTitle")}</p>
        <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          {PLACEHOLDERS.map((p) => (
            <div key={p} className="contents">
              <dt><code className="break-all">{`{{${p}}}`}</code></dt>
              <dd className="text-slate-600">{t(`placeholders.${p.replace(".", "_") as "requester_name"}`)}</dd>
            </div>
          ))}
        </dl>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" checked={values.active} onChange={(e) => setValues((v) => ({ ...v, active: e.target.checked }))} />
        {t("fieldActive")}
      </label>
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} pendingLabel={t("saving")}>{id ? t("save") : t("create")}</SubmitButton>
        <Link href="/admin/canned-responses" className={buttonClass("secondary")}>{t("back")}</Link>
      </div>
    </form>
  );
}

/** Deleting asks first. */
export function DeleteCannedResponse({ id, title }: { id: string; title: string }) {
  const t = useTranslations("desk.canned");
  const { state, onSubmit, pending } = useActionForm<ActionResult>(deleteCannedResponseAction);
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <ConfirmSubmit message={t("confirmDelete", { title })} pending={pending} pendingLabel={t("deleting")} variant="danger">
        {t("delete")}
      </ConfirmSubmit>
    </form>
  );
}
