"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { giveFeedbackAction } from "@/lib/kb/actions";
import { COMMENT_MAX } from "@/lib/kb/limits";
import { SubmitButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

/** "Was this helpful?" with an optional comment; the comment stays if sending fails. */
export function FeedbackForm({ articleId }: { articleId: string }) {
  const t = useTranslations("kb.feedback");
  const [state, action] = useActionState(giveFeedbackAction, null);
  const [comment, setComment] = useState("");
  const [helpful, setHelpful] = useState("");
  if (state?.ok) return <p className="text-sm text-green-800" role="status">{t("thanks")}</p>;
  const helpfulError = state && !state.ok ? state.fieldErrors?.helpful : undefined;
  return (
    <form action={action} className="space-y-3">
      {state && !state.ok ? <Alert tone="error">{helpfulError?.join(" ") ?? state.message}</Alert> : null}
      <input type="hidden" name="articleId" value={articleId} />
      <fieldset className="flex flex-wrap items-center gap-4">
        <legend className="mb-2 font-medium text-slate-800">{t("question")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="helpful" value="yes" checked={helpful === "yes"} onChange={() => setHelpful("yes")} /> {t("yes")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="helpful" value="no" checked={helpful === "no"} onChange={() => setHelpful("no")} /> {t("no")}
        </label>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="kb-comment" className="block text-sm text-slate-700">{t("commentLabel")}</label>
        <textarea
          id="kb-comment"
          name="comment"
          rows={3}
          maxLength={COMMENT_MAX}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand"
        />
      </div>
      <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
    </form>
  );
}
