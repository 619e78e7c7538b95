"use client";

import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { FilePicker } from "@/components/tickets/file-picker";
import { useTicketUpload } from "@/components/tickets/use-ticket-upload";
import { insertAtCursor } from "@/components/ui/insert-at-cursor";
import type { CannedChoice } from "@/components/admin/desk/canned-picker";
import { LazyCannedPicker } from "@/components/admin/desk/lazy-canned-picker";
import type { UploadLimits } from "@/components/tickets/send-form";
import type { ChatMessageItem, ConversationState } from "@/lib/chat/queries";
import { insertChatCannedAction, markReadAction, typingAction } from "@/lib/chat/actions";
import { CHAT_BODY_MAX } from "@/lib/chat/limits";
import { useChatStream } from "./use-chat-stream";
import { MessageList } from "./message-list";
import { ConversationControls } from "./conversation-controls";
import type { StaffTools } from "./staff-tools";

type Props = {
  initialMessages: ChatMessageItem[];
  initialState: ConversationState;
  staff: boolean;
  limits: UploadLimits;
  staffTools?: StaffTools & { cannedChoices: CannedChoice[] };
};

const TYPING_EVERY_MS = 3000;
const TYPING_SHOWN_MS = 5000;

/** One conversation, live: messages, "typing…", read markers, the message box and the controls. */
export function ChatThread({ initialMessages, initialState, staff, limits, staffTools }: Props) {
  const t = useTranslations("chat");
  const [otherTyping, setOtherTyping] = useState(false);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { messages, state: liveState, status } = useChatStream({
    conversationId: initialState.id,
    initialMessages,
    initialState,
    onTyping: (fromSupport) => {
      if (fromSupport === staff) return;
      setOtherTyping(true);
      clearTimeout(typingTimer.current);
      typingTimer.current = setTimeout(() => setOtherTyping(false), TYPING_SHOWN_MS);
    },
    onMessage: (message) => {
      if (!message.mine) setOtherTyping(false);
    },
  });
  const state = liveState ?? initialState;
  const { files, setFiles, progress, state: sent, pending, errors, send } = useTicketUpload<{ seq: number }>(t("sendFailed"));
  const [body, setBody] = useState("");
  const [internal, setInternal] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const lastTyping = useRef(0);
  const readSent = useRef(0);

  // A message from the other side that has arrived counts as read while the tab is visible.
  const lastOther = Math.max(0, ...messages.filter((m) => !m.mine).map((m) => m.seq));
  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: "end" });
    const report = () => {
      if (document.visibilityState !== "visible" || lastOther <= readSent.current) return;
      readSent.current = lastOther;
      void markReadAction(state.id, lastOther);
    };
    report();
    document.addEventListener("visibilitychange", report);
    return () => document.removeEventListener("visibilitychange", report);
  }, [lastOther, state.id, messages.length]);

  const closed = state.status === "CLOSED";

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!formRef.current || pending) return;
    const result = await send(`/api/chat/conversations/${state.id}/messages`, formRef.current);
    if (result?.ok) {
      setBody("");
      setInternal(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void submit();
    }
  };

  const onChange = (value: string) => {
    setBody(value);
    if (!internal && Date.now() - lastTyping.current > TYPING_EVERY_MS) {
      lastTyping.current = Date.now();
      void typingAction(state.id);
    }
  };

  return (
    <div className="space-y-4">
      <ConversationControls state={state} staff={staff} tools={staffTools} />
      <p className="text-xs text-slate-500" role="status" data-testid="chat-connection">
        {status === "live" ? t("live") : status === "ended" ? t("ended") : t("reconnecting")}
      </p>
      {state.startedOffline && state.status === "WAITING" && !staff ? <Alert tone="info">{t("startedOffline")}</Alert> : null}
      <div className="max-h-[60vh] min-h-48 overflow-y-auto rounded-lg border border-slate-200 bg-slate-50 p-3">
        <MessageList messages={messages} otherReadSeq={state.otherReadSeq} staff={staff} />
        {state.status === "WAITING" && !staff ? <p className="mt-3 text-center text-sm text-slate-500">{t("waitingForAgent")}</p> : null}
        <div ref={endRef} />
      </div>
      <p className="h-5 text-sm italic text-slate-500" aria-live="polite" data-testid="chat-typing">
        {otherTyping ? (staff ? t("customerTyping") : t("supportTyping")) : ""}
      </p>
      {state.ticketId ? (
        <Alert tone="info">
          {staff ? (
            <Link href={`/admin/tickets/${state.ticketId}`} className="underline">{t("linkedTicket", { id: state.ticketId })}</Link>
          ) : (
            <Link href={`/tickets/${state.ticketId}`} className="underline">{t("linkedTicket", { id: state.ticketId })}</Link>
          )}
        </Alert>
      ) : null}
      {closed ? (
        <Alert tone="info">{t("closedNotice")}</Alert>
      ) : (
        <form ref={formRef} onSubmit={submit} className="space-y-2" noValidate>
          {sent && !sent.ok ? <Alert tone="error">{sent.message}</Alert> : null}
          <label htmlFor="chat-body" className="block text-sm font-medium">{t("message")}</label>
          <textarea
            id="chat-body"
            ref={textRef}
            name="body"
            rows={3}
            maxLength={CHAT_BODY_MAX}
            value={body}
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={onKeyDown}
            aria-describedby="chat-body-hint"
            aria-invalid={!!errors?.body}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
          {errors?.body ? <p className="text-sm text-red-700">{errors.body.join(" ")}</p> : null}
          <p id="chat-body-hint" className="text-xs text-slate-500">{t("messageHint")}</p>
          {staff ? (
            <div className="flex flex-wrap items-center gap-3">
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="internal" checked={internal} onChange={(e) => setInternal(e.target.checked)} className="h-4 w-4" />
                {t("internalHint")}
              </label>
              {staffTools ? (
                <LazyCannedPicker
                  choices={staffTools.cannedChoices}
                  render={(id) => insertChatCannedAction(id, state.id)}
                  onInsert={(text) => insertAtCursor(textRef.current, body, text, setBody)}
                />
              ) : null}
            </div>
          ) : null}
          <FilePicker files={files} onChange={setFiles} limits={limits} errors={errors?.attachments} disabled={pending} />
          {progress !== null ? <progress max={100} value={progress} className="w-full" /> : null}
          <SubmitButton pending={pending} pendingLabel={t("sending")}>{t("send")}</SubmitButton>
        </form>
      )}
    </div>
  );
}
