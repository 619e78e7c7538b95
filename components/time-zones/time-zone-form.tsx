"use client";

import { useTranslations } from "next-intl";
import { setTimeZoneAction } from "@/lib/time-zones/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

/** The person's time zone on /account: every date they see (and get by email) is shown in it. */
export function TimeZoneForm({ current, choices }: { current: string; choices: string[] }) {
  const t = useTranslations("timeZones");
  const { state, onSubmit, pending } = useActionForm(setTimeZoneAction);
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
      <Field id="timeZone" label={t("label")} hint={t("hint")} errors={state && !state.ok ? state.fieldErrors?.timeZone : undefined}>
        <Select id="timeZone" defaultValue={current}>
          {choices.map((z) => <option key={z} value={z}>{z.replaceAll("_", " ")}</option>)}
        </Select>
      </Field>
      <SubmitButton pending={pending} pendingLabel={t("saving")} variant="secondary">{t("save")}</SubmitButton>
    </form>
  );
}
