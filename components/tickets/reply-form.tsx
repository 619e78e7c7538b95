"use client";

import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { Field, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { FilePicker, UploadProgress } from "./file-picker";
import { SendButton } from "./send-button";
import { sendTicketForm, type UploadLimits } from "./send-form";
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
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [state, setState] = useState<ActionResult<{ messageId: string }> | null>(null);
  const [pending, setPending] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  // Puts text where the cursor was (replacing any selection) and leaves the cursor after it.
  const insertAtCursor = (text: string) => {
    const el = textarea.current;
    // The box as it is now: the user may have typed while a canned response was being fetched.
    const current = el?.value ?? body;
    const start = el?.selectionStart ?? current.length;
    const end = el?.selectionEnd ?? current.length;
    setBody(current.slice(0, start) + text + current.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + text.length, start + text.length);
    });
  };
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (pending) return;
    const form = new FormData(e.currentTarget);
    form.delete("attachments");
    for (const file of files) form.append("attachments", file);
    // The ticket is named by the form's own field, as the server action did.
    const id = String(form.get("ticketId") ?? "");
    setPending(true);
    setProgress(files.length > 0 ? 0 : null);
    const result = (await sendTicketForm<{ messageId: string }>(`/api/tickets/${encodeURIComponent(id)}/messages`, form, setProgress)) ?? {
      ok: false as const,
      message: t("attachments.failed"),
    };
    setProgress(null);
    setState(result);
    setPending(false);
    if (result.ok) {
      setBody("");
      setFiles([]);
      router.refresh();
    }
  };
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t("replySent")}</Alert> : null}
      <input type="hidden" name="ticketId" value={ticketId} />
      <Field id="body" label={t("yourReply")} errors={errors?.body}>
        <Textarea ref={textarea} id="body" rows={5} value={body} onChange={(e) => setBody(e.target.value)} invalid={!!errors?.body} />
      </Field>
      {staffTools ? (
        <div className="flex flex-wrap items-start gap-2">
          <CannedPicker ticketId={ticketId} choices={staffTools.cannedChoices} onInsert={insertAtCursor} />
          <ArticlePicker ticketId={ticketId} internal={internal} onInsert={insertAtCursor} />
        </div>
      ) : null}
      <FilePicker files={files} onChange={setFiles} limits={limits} errors={errors?.attachments} />
      <UploadProgress percent={progress} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        {allowInternal ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="internal" checked={internal} onChange={(e) => setInternal(e.target.checked)} />
            {t("internalNoteOption")}
          </label>
        ) : (
          <span />
        )}
        <SendButton pending={pending} pendingLabel={t("sending")}>
          {internal ? t("addNote") : t("sendReply")}
        </SendButton>
      </div>
    </form>
  );
}
