"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { FilePicker } from "@/components/tickets/file-picker";
import { useTicketUpload } from "@/components/tickets/use-ticket-upload";
import type { UploadLimits } from "@/components/tickets/send-form";
import { CHAT_BODY_MAX } from "@/lib/chat/limits";

/** A new conversation with its first message; offline, it is framed as leaving a message. */
export function StartChatForm({ online, limits }: { online: boolean; limits: UploadLimits }) {
  const t = useTranslations("chat");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [body, setBody] = useState("");
  const { files, setFiles, progress, state, pending, errors, send } = useTicketUpload<{ id: string }>(t("sendFailed"));
  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!formRef.current) return;
        const result = await send("/api/chat/conversations", formRef.current, { keepPending: true });
        if (result?.ok) router.push(`/chat/${result.data.id}`);
      }}
    >
      <h2 className="text-lg font-semibold">{t("newConversation")}</h2>
      <Alert tone={online ? "success" : "info"}>{online ? t("online") : t("offline")}</Alert>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <Field id="chat-first" label={t("firstMessage")} hint={t("firstMessageHint")} errors={errors?.body}>
        <Textarea id="chat-first" name="body" rows={4} maxLength={CHAT_BODY_MAX} value={body} onChange={(e) => setBody(e.target.value)} invalid={!!errors?.body} />
      </Field>
      <FilePicker files={files} onChange={setFiles} limits={limits} errors={errors?.attachments} disabled={pending} />
      {progress !== null ? <progress max={100} value={progress} className="w-full" /> : null}
      <SubmitButton pending={pending} pendingLabel={t("starting")}>{online ? t("start") : t("leaveMessage")}</SubmitButton>
    </form>
  );
}
