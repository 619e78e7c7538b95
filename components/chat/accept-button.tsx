"use client";

import { useActionState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { acceptAction } from "@/lib/chat/actions";

/** Accept from the waiting list, then open the conversation. */
export function AcceptButton({ conversationId }: { conversationId: string }) {
  const t = useTranslations("chat");
  const router = useRouter();
  // Navigates from the action itself: the live list may drop this row (now accepted) at once.
  const [result, action] = useActionState(async (previous: ActionResult | null, form: FormData) => {
    const answer = await acceptAction(previous, form);
    if (answer.ok) router.push(`/admin/chat/${conversationId}`);
    return answer;
  }, null);
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="conversationId" value={conversationId} />
      <SubmitButton pendingLabel={t("console.accepting")}>{t("console.accept")}</SubmitButton>
      {result && !result.ok ? <span className="text-sm text-red-700" role="alert">{result.message}</span> : null}
    </form>
  );
}
