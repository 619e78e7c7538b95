"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Star } from "lucide-react";
import { rateAction, reopenAction, resolveAction } from "@/lib/tickets/actions";
import { COMMENT_MAX, REASON_MAX } from "@/lib/tickets/limits";
import { SubmitButton } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

type Props = { ticketId: number; status: string; rating: number | null; ratingComment: string | null };

/**
 * What the requester can do with their ticket besides replying: resolve it; once resolved, one
 * clear choice (rate the help, or reopen with a reason) instead of every form at once.
 */
export function RequesterActions({ ticketId, status, rating, ratingComment }: Props) {
  if (status === "RESOLVED") return <ResolvedChoice ticketId={ticketId} rating={rating} ratingComment={ratingComment} />;
  if (status === "CLOSED") return rating === null ? <RatingForm ticketId={ticketId} /> : <RatingShown rating={rating} comment={ratingComment} />;
  return <ResolveForm ticketId={ticketId} />;
}

function ResolvedChoice({ ticketId, rating, ratingComment }: { ticketId: number; rating: number | null; ratingComment: string | null }) {
  const t = useTranslations("tickets");
  const tc = useTranslations("ticketChoice");
  const [choice, setChoice] = useState<"rate" | "reopen" | null>(null);
  const option = (value: "rate" | "reopen", label: string) => (
    <button
      type="button"
      aria-expanded={choice === value}
      onClick={() => setChoice(value)}
      className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 aria-expanded:border-brand aria-expanded:ring-2 aria-expanded:ring-brand"
    >
      {label}
    </button>
  );
  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="resolved-choice" data-print="hide">
      <h2 id="resolved-choice" className="font-semibold">{tc("title")}</h2>
      {rating !== null ? <RatingShown rating={rating} comment={ratingComment} /> : null}
      <div className="flex flex-wrap gap-2">
        {rating === null ? option("rate", tc("rate")) : null}
        {option("reopen", tc("reopen"))}
      </div>
      {choice === "rate" && rating === null ? <RatingForm ticketId={ticketId} /> : null}
      {choice === "reopen" ? <ReopenForm ticketId={ticketId} /> : null}
      {choice === null ? <p className="text-sm text-slate-600">{t("resolve.hint")}</p> : null}
    </section>
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
        {/* Radio buttons drawn as stars: arrow keys move between them, as in any radio group. */}
        <div className="mt-2 flex gap-1" data-testid="rating-stars">
          {[1, 2, 3, 4, 5].map((n) => {
            const lit = Number(values.rating) >= n;
            return (
              <label key={n} className="relative cursor-pointer rounded p-1 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand">
                <input
                  type="radio"
                  name="rating"
                  value={n}
                  checked={values.rating === String(n)}
                  onChange={(e) => setValues((v) => ({ ...v, rating: e.target.value }))}
                  className="absolute inset-0 h-full w-full cursor-pointer opacity-0"
                />
                <Star aria-hidden className={`h-8 w-8 ${lit ? "fill-amber-300 text-amber-800" : "text-slate-500"}`} />
                <span className="sr-only">{t("rating.value", { n })}</span>
              </label>
            );
          })}
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
