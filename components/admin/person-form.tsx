"use client";

import { useState } from "react";
import { useActionForm } from "@/components/ui/use-action-form";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { createPersonAction, updatePersonAction } from "@/lib/accounts/actions";
import type { ActionResult } from "@/lib/action-result";
import { SubmitButton } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";
import { Field, Input, Select } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

export type PersonValues = {
  name: string;
  email: string;
  kind: string;
  role: string;
  organizationName: string;
  phone: string;
  jobTitle: string;
  locale: string;
};

type Props = {
  mode: "create" | "edit";
  userId?: string;
  initial: PersonValues;
  organizations: string[];
  canGrantStaffRoles: boolean;
  cancelHref: string;
};

/** The record's details, for Add and for edit mode. Controlled, so a refused save loses nothing. */
export function PersonForm({ mode, userId, initial, organizations, canGrantStaffRoles, cancelHref }: Props) {
  const t = useTranslations("accounts.people");
  // Both actions redirect on success, so only a refusal ever comes back.
  const { state, onSubmit, pending } = useActionForm<ActionResult<unknown>>((_previous, form) =>
    mode === "create" ? createPersonAction(null, form) : updatePersonAction(null, form),
  );
  const [values, setValues] = useState(initial);
  const set = (name: keyof PersonValues) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const input = (name: keyof PersonValues, label: string, props: Record<string, unknown> = {}) => (
    <Field id={name} label={label} errors={errors?.[name]}>
      <Input id={name} value={values[name]} onChange={set(name)} invalid={!!errors?.[name]} {...props} />
    </Field>
  );
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {userId ? <input type="hidden" name="userId" value={userId} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {input("name", t("name"), { required: true, maxLength: 120, autoComplete: "off" })}
        {input("email", t("email"), { type: "email", required: true, maxLength: 254, autoComplete: "off" })}
        <Field id="kind" label={t("kind")} errors={errors?.kind}>
          <Select id="kind" value={values.kind} onChange={set("kind")}>
            <option value="EMPLOYEE">{t("kinds.EMPLOYEE")}</option>
            <option value="CUSTOMER">{t("kinds.CUSTOMER")}</option>
          </Select>
        </Field>
        <Field id="organizationName" label={t("organization")} errors={errors?.organizationName} hint={t("organizationHint")}>
          <Input id="organizationName" list="organizations" value={values.organizationName} onChange={set("organizationName")} maxLength={120} />
        </Field>
        <datalist id="organizations">
          {organizations.map((o) => <option key={o} value={o} />)}
        </datalist>
        {input("phone", t("phone"), { type: "tel", maxLength: 40 })}
        {input("jobTitle", t("jobTitle"), { maxLength: 120 })}
        <Field id="locale" label={t("language")} errors={errors?.locale}>
          <Select id="locale" value={values.locale} onChange={set("locale")}>
            <option value="es">Español</option>
            <option value="en">English</option>
          </Select>
        </Field>
        {canGrantStaffRoles ? (
          <Field id="role" label={t("role")} errors={errors?.role} hint={t("roleHint")}>
            <Select id="role" value={values.role} onChange={set("role")}>
              <option value="CUSTOMER">{t("roles.CUSTOMER")}</option>
              <option value="AGENT">{t("roles.AGENT")}</option>
              <option value="ADMIN">{t("roles.ADMIN")}</option>
            </Select>
          </Field>
        ) : (
          <input type="hidden" name="role" value={values.role} />
        )}
      </div>
      <div className="flex flex-wrap justify-end gap-3">
        <Link href={cancelHref} className={buttonClass("secondary")}>{t("cancel")}</Link>
        <SubmitButton pendingLabel={t("saving")} pending={pending}>{mode === "create" ? t("create") : t("save")}</SubmitButton>
      </div>
    </form>
  );
}
