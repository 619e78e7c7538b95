"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { sendTicketForm } from "./send-form";

/**
 * The state of a ticket form that uploads files: the chosen files, upload progress, pending and
 * the server's answer. `send` posts the form with the files to a route handler; after a success
 * it stays pending when `keepPending` says the page is about to change.
 */
export function useTicketUpload<T>(failedMessage: string) {
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [state, setState] = useState<ActionResult<T> | null>(null);
  const [pending, setPending] = useState(false);

  const send = async (url: string, formElement: HTMLFormElement, { keepPending = false } = {}): Promise<ActionResult<T> | null> => {
    if (pending) return null;
    const form = new FormData(formElement);
    form.delete("attachments");
    for (const file of files) form.append("attachments", file);
    setPending(true);
    setProgress(files.length > 0 ? 0 : null);
    const result = (await sendTicketForm<T>(url, form, setProgress)) ?? { ok: false as const, message: failedMessage };
    setProgress(null);
    setState(result);
    if (!result.ok || !keepPending) setPending(false);
    if (result.ok && !keepPending) setFiles([]);
    return result;
  };

  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return { files, setFiles, progress, state, pending, errors, send };
}
