"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { acceptAction } from "@/lib/chat/actions";

/** Accept from the waiting list, then open the conversation. */
export function AcceptButton({ conversationId }: { conversationId: string }) {
  const t = useTranslations("chat");
  const router = useRouter();
  const [result, action] = useActionState(acceptAction, null);
  useEffect(() => {
    if (result?.ok) router.push(`/admin/chat/${conversationId}`);
  }, [result, router, conversationId]);
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="conversationId" value={conversationId} />
      <SubmitButton pendingLabel={t("console.accepting")}>{t("console.accept")}</SubmitButton>
      {result && !result.ok ? <span className="text-sm text-red-700" role="alert">{result.message}</span> : null}
    </form>
  );
}
