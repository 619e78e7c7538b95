"use client";

import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { FilePicker, UploadProgress } from "./file-picker";
import { SendButton } from "./send-button";
import type { UploadLimits } from "./send-form";
import { useTicketUpload } from "./use-ticket-upload";
import { insertAtCursor } from "@/components/ui/insert-at-cursor";
import { CannedPicker, type CannedChoice } from "@/components/admin/desk/canned-picker";
import { ArticlePicker } from "@/components/admin/desk/article-picker";

/** What only agents and admins get in the reply box: canned responses and article links. */
export type StaffReplyTools = { cannedChoices: CannedChoice[] };

/**
 * The reply box. Its text and files stay when sending fails and are cleared only once the reply
 * is saved. With `staffTools`, agents can insert canned responses and article links at the cursor.
 */
export function ReplyForm({
  ticketId,
  allowInternal,
  limits,
  staffTools,
}: {
  ticketId: number;
  allowInternal: boolean;
  limits: UploadLimits;
  staffTools?: StaffReplyTools;
}) {
  const t = useTranslations("tickets");
  const router = useRouter();
  const [body, setBody] = useState("");
  const [internal, setInternal] = useState(false);
  // "Your message was added." only until the person starts on the next one.
  const [typedSince, setTypedSince] = useState(false);
  const upload = useTicketUpload<{ messageId: string }>(t("attachments.failed"));
  const textarea = useRef<HTMLTextAreaElement>(null);
  // The box as it is now: the user may have typed while a canned response was being fetched.
  const insert = (text: string) => insertAtCursor(textarea.current, textarea.current?.value ?? body, text, setBody);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    // The ticket is named by the form's own field, as the server action did.
    const id = String(new FormData(e.currentTarget).get("ticketId") ?? "");
    const result = await upload.send(`/api/tickets/${encodeURIComponent(id)}/messages`, e.currentTarget);
    if (result?.ok) {
      setTypedSince(false);
      setBody("");
      router.refresh();
    }
  };
  const { state, errors } = upload;
  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok && !typedSince ? <Alert tone="success">{t("replySent")}</Alert> : null}
      <input type="hidden" name="ticketId" value={ticketId} />
      <Field id="body" label={t("yourReply")} errors={errors?.body}>
        <Textarea ref={textarea} id="body" rows={5} value={body} onChange={(e) => {
            setTypedSince(true);
            setBody(e.target.value);
          }} invalid={!!errors?.body} />
      </Field>
      {staffTools ? (
        <div className="flex flex-wrap items-start gap-2">
          <CannedPicker ticketId={ticketId} choices={staffTools.cannedChoices} onInsert={insert} />
          <ArticlePicker ticketId={ticketId} internal={internal} onInsert={insert} />
        </div>
      ) : null}
      <FilePicker files={upload.files} onChange={upload.setFiles} limits={limits} errors={errors?.attachments} />
      <UploadProgress percent={upload.progress} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        {allowInternal ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="internal" checked={internal} onChange={(e) => setInternal(e.target.checked)} />
            {t("internalNoteOption")}
          </label>
        ) : (
          <span />
        )}
        <SendButton pending={upload.pending} pendingLabel={t("sending")}>
          {internal ? t("addNote") : t("sendReply")}
        </SendButton>
      </div>
    </form>
  );
}
