"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { rateAction, reopenAction, resolveAction } from "@/lib/tickets/actions";
import { COMMENT_MAX, REASON_MAX } from "@/lib/tickets/limits";
import { SubmitButton } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

type Props = { ticketId: number; status: string; rating: number | null; ratingComment: string | null };

/** What the requester can do with their ticket besides replying: resolve it, reopen it, rate it. */
export function RequesterActions({ ticketId, status, rating, ratingComment }: Props) {
  const done = status === "RESOLVED" || status === "CLOSED";
  return (
    <div className="space-y-4">
      {!done ? <ResolveForm ticketId={ticketId} /> : null}
      {status === "RESOLVED" ? <ReopenForm ticketId={ticketId} /> : null}
      {done ? rating === null ? <RatingForm ticketId={ticketId} /> : <RatingShown rating={rating} comment={ratingComment} /> : null}
    </div>
  );
}

function ResolveForm({ ticketId }: { ticketId: number }) {
  const t = useTranslations("tickets");
  const [state, action] = useActionState(resolveAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="ticketId" value={ticketId} />
      <p className="text-sm text-slate-600">{t("resolve.hint")}</p>
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("resolve.button")}
      </SubmitButton>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
    </form>
  );
}

function ReopenForm({ ticketId }: { ticketId: number }) {
  const t = useTranslations("tickets");
  const [reason, setReason] = useState("");
  const [state, action] = useActionState(reopenAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-semibold">{t("reopen.title")}</h2>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="ticketId" value={ticketId} />
      <Field id="reason" label={t("reopen.reason")} errors={errors?.reason}>
        <Textarea id="reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={REASON_MAX} invalid={!!errors?.reason} />
      </Field>
      <div className="flex justify-end">
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("reopen.button")}
        </SubmitButton>
      </div>
    </form>
  );
}

function RatingForm({ ticketId }: { ticketId: number }) {
  const t = useTranslations("tickets");
  const [values, setValues] = useState({ rating: "", comment: "" });
  const [state, action] = useActionState(rateAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="ticketId" value={ticketId} />
      <fieldset aria-describedby={errors?.rating ? "rating-error" : undefined}>
        <legend className="font-semibold">{t("rating.question")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="flex cursor-pointer items-center gap-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm has-[:checked]:border-brand has-[:checked]:bg-blue-50">
              <input type="radio" name="rating" value={n} checked={values.rating === String(n)} onChange={(e) => setValues((v) => ({ ...v, rating: e.target.value }))} />
              {t("rating.value", { n })}
            </label>
          ))}
        </div>
        {errors?.rating ? (
          <p id="rating-error" className="mt-1 text-sm text-red-600">
            {errors.rating.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <Field id="comment" label={t("rating.comment")} errors={errors?.comment}>
        <Textarea id="comment" rows={3} value={values.comment} onChange={(e) => setValues((v) => ({ ...v, comment: e.target.value }))} maxLength={COMMENT_MAX} invalid={!!errors?.comment} />
      </Field>
      <div className="flex justify-end">
        <SubmitButton pendingLabel={t("sending")}>{t("rating.submit")}</SubmitButton>
      </div>
    </form>
  );
}

function RatingShown({ rating, comment }: { rating: number; comment: string | null }) {
  const t = useTranslations("tickets");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="rating-given">
      <p className="font-semibold">{t("rating.given", { n: rating })}</p>
      {comment ? <p className="mt-1 whitespace-pre-wrap break-words text-slate-700">{comment}</p> : null}
    </div>
  );
}
