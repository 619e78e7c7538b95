"use client";

import { useTranslations } from "next-intl";
import { checkInAssetAction, checkOutAssetAction } from "@/lib/assets/actions";
import { COMMENT_MAX } from "@/lib/assets/limits";
import { useActionForm } from "@/components/ui/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field, Input } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

type Candidate = { id: string; name: string; email: string; organization: { name: string } | null };

/** Check an asset out to one of the people found by the search above it, with a comment. */
export function CheckOutForm({ assetId, candidates, canAskReceipt }: { assetId: string; candidates: Candidate[]; canAskReceipt: boolean }) {
  const t = useTranslations("assets");
  const { state, onSubmit, pending } = useActionForm(checkOutAssetAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={t("checkOut")}>
      <input type="hidden" name="assetId" value={assetId} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("checkedOut")}</Alert> : null}
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-700">{t("checkOutTo")}</legend>
        {candidates.map((c) => (
          <label key={c.id} className="flex items-center gap-2 text-sm">
            <input type="radio" name="userId" value={c.id} required className="size-4" />
            <span>{c.name}</span>
            <span className="text-slate-500">{c.email}{c.organization ? ` · ${c.organization.name}` : ""}</span>
          </label>
        ))}
        {errors?.userId ? <p className="text-sm text-red-600">{errors.userId.join(" ")}</p> : null}
      </fieldset>
      <Field id="checkout-comment" label={t("comment")} errors={errors?.comment}>
        <Input id="checkout-comment" name="comment" maxLength={COMMENT_MAX} invalid={!!errors?.comment} />
      </Field>
      {canAskReceipt ? <AskCheckbox name="askReceipt" label={t("askReceipt")} hint={t("askReceiptHint")} /> : null}
      <SubmitButton pending={pending} pendingLabel={t("checkingOut")}>{t("checkOut")}</SubmitButton>
    </form>
  );
}

/** Check an asset in, after confirming, with a comment. */
export function CheckInForm({ assetId, canAskReturn }: { assetId: string; canAskReturn: boolean }) {
  const t = useTranslations("assets");
  const { state, onSubmit, pending } = useActionForm(checkInAssetAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={t("checkIn")}>
      <input type="hidden" name="assetId" value={assetId} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("checkedIn")}</Alert> : null}
      <Field id="checkin-comment" label={t("comment")} errors={errors?.comment}>
        <Input id="checkin-comment" name="comment" maxLength={COMMENT_MAX} invalid={!!errors?.comment} />
      </Field>
      {canAskReturn ? <AskCheckbox name="askReturn" label={t("askReturn")} hint={t("askReturnHint")} /> : null}
      <ConfirmSubmit variant="secondary" pending={pending} pendingLabel={t("checkingIn")} message={t("checkInConfirm")}>{t("checkIn")}</ConfirmSubmit>
    </form>
  );
}

/** "Ask the person to confirm": a confirmation request written with the check-out or check-in. */
function AskCheckbox({ name, label, hint }: { name: string; label: string; hint: string }) {
  return (
    <div className="space-y-0.5">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name={name} className="size-4" aria-describedby={`${name}-hint`} />
        {label}
      </label>
      <p id={`${name}-hint`} className="text-xs text-slate-500">{hint}</p>
    </div>
  );
}
