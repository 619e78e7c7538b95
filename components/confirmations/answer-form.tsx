"use client";

import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/ui/use-action-form";
import { answerAction } from "@/lib/confirmations/actions";
import { COMMENT_MAX, SIGNATURE_MAX } from "@/lib/confirmations/limits";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Badge } from "@/components/ui/badge";

type Pending = { id: string; title: string; kind: "ASSET_HANDOVER" | "ASSET_RETURN" | "DOCUMENT_VERSION" | "POLICY_TEXT"; sent: string };

/**
 * My pending requests, to choose from, and one signature (typed full name and an explicit tick)
 * for every request chosen. A refused answer keeps the choice and everything typed.
 */
export function AnswerForm({ pending: items, accountName }: { pending: Pending[]; accountName: string }) {
  const t = useTranslations("confirmations");
  const { state, onSubmit, pending } = useActionForm<ActionResult<{ count: number }>>(answerAction);
  const [chosen, setChosen] = useState<string[]>(items.length === 1 ? [items[0].id] : []);
  const [signature, setSignature] = useState("");
  const [agreed, setAgreed] = useState(false);
  const [comment, setComment] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const visible = chosen.filter((id) => items.some((i) => i.id === id));

  // After a recorded answer the tick and comment start afresh (answered requests leave the list).
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) {
      setAgreed(false);
      setComment("");
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.ok ? t("answered", { count: state.data.count }) : state.message}</Alert> : null}
      {items.length === 0 ? <p className="text-sm text-slate-600">{t("noPending")}</p> : (
        <fieldset className="space-y-2">
          <legend className="sr-only">{t("pending")}</legend>
          {items.length > 1 ? (
            <label className="flex items-center gap-2 text-sm font-medium">
              <input type="checkbox" className="h-4 w-4" checked={visible.length === items.length} onChange={(e) => setChosen(e.target.checked ? items.map((i) => i.id) : [])} />
              {t("chooseAll")}
            </label>
          ) : null}
          <ul className="space-y-2" data-testid="pending-confirmations">
            {items.map((item) => (
              <li key={item.id} className="flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 bg-white p-3">
                <input
                  id={`choose-${item.id}`}
                  type="checkbox"
                  name="recipientIds"
                  value={item.id}
                  checked={visible.includes(item.id)}
                  onChange={(e) => setChosen(e.target.checked ? [...visible, item.id] : visible.filter((x) => x !== item.id))}
                  className="mt-1 h-5 w-5"
                  aria-label={t("choose", { title: item.title })}
                />
                <div className="min-w-0 flex-1 space-y-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <label htmlFor={`choose-${item.id}`} className="break-words font-medium">{item.title}</label>
                    <Badge tone="violet">{t(`kinds.${item.kind}`)}</Badge>
                  </div>
                  <p className="text-xs text-slate-500">{item.sent}</p>
                  <Link href={`/confirmations/${item.id}`} className="text-sm text-brand hover:underline">{t("open")}<span className="sr-only">: {item.title}</span></Link>
                </div>
              </li>
            ))}
          </ul>
          {errors?.recipientIds ? <p className="text-sm text-red-600">{errors.recipientIds.join(" ")}</p> : null}
        </fieldset>
      )}
      {items.length > 0 ? (
        <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{t("sign")}</legend>
          <Field id="signatureName" label={t("signatureLabel")} errors={errors?.signatureName} hint={t("signatureHint", { name: accountName })}>
            <Input id="signatureName" value={signature} onChange={(e) => setSignature(e.target.value)} maxLength={SIGNATURE_MAX * 2} autoComplete="name" invalid={!!errors?.signatureName} />
          </Field>
          <div className="flex items-start gap-2">
            <input id="agreed" name="agreed" type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} className="mt-1 h-5 w-5" aria-invalid={!!errors?.agreed} aria-describedby={errors?.agreed ? "agreed-error" : undefined} />
            <div>
              <label htmlFor="agreed" className="text-sm">{t("agree")}</label>
              {errors?.agreed ? <p id="agreed-error" className="text-sm text-red-600">{errors.agreed.join(" ")}</p> : null}
            </div>
          </div>
          <Field id="comment" label={t("commentLabel")} errors={errors?.comment}>
            <Textarea id="comment" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={COMMENT_MAX} invalid={!!errors?.comment} />
          </Field>
          <div className="flex flex-wrap gap-3">
            <SubmitButton name="decision" value="confirm" pending={pending} pendingLabel={t("sending")}>{t("confirmChosen", { count: visible.length })}</SubmitButton>
            <SubmitButton
              name="decision"
              value="decline"
              pending={pending}
              pendingLabel={t("sending")}
              variant="secondary"
              onClick={(e) => {
                if (!window.confirm(t("declineConfirm"))) e.preventDefault();
              }}
            >
              {t("declineChosen", { count: visible.length })}
            </SubmitButton>
          </div>
        </fieldset>
      ) : null}
    </form>
  );
}
