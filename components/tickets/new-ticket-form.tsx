"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { SUBJECT_MAX, TEXT_MAX } from "@/lib/tickets/schema";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { FilePicker, UploadProgress } from "./file-picker";
import { SendButton } from "./send-button";
import { sendTicketForm, type UploadLimits } from "./send-form";
import { TicketSuggestions } from "@/components/kb/ticket-suggestions";

type Category = { id: string; name: string; description: string };
const URGENCIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;

/** Controlled fields, so that nothing typed (or attached) is lost when the server refuses the ticket. */
export function NewTicketForm({ categories, limits, suggestArticles = false }: { categories: Category[]; limits: UploadLimits; suggestArticles?: boolean }) {
  const t = useTranslations("tickets");
  const router = useRouter();
  const [values, setValues] = useState({ subject: "", description: "", categoryId: "", urgency: "MEDIUM" });
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [state, setState] = useState<ActionResult<{ id: number }> | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (pending) return;
    const form = new FormData(e.currentTarget);
    form.delete("attachments");
    for (const file of files) form.append("attachments", file);
    setPending(true);
    setProgress(files.length > 0 ? 0 : null);
    const result = (await sendTicketForm<{ id: number }>("/api/tickets", form, setProgress)) ?? { ok: false as const, message: t("attachments.failed") };
    setProgress(null);
    setState(result);
    if (result.ok) router.push(`/tickets/${result.data.id}`);
    else setPending(false);
  };
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const chosen = categories.find((c) => c.id === values.categoryId);
  return (
    <div className={suggestArticles ? "grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]" : undefined}>
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <Field id="categoryId" label={t("category")} errors={errors?.categoryId} hint={chosen?.description}>
        <Select id="categoryId" value={values.categoryId} onChange={set("categoryId")} required invalid={!!errors?.categoryId}>
          <option value="">{t("chooseCategory")}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="subject" label={t("subject")} errors={errors?.subject}>
        <Input id="subject" value={values.subject} onChange={set("subject")} maxLength={SUBJECT_MAX} required invalid={!!errors?.subject} />
      </Field>
      <Field id="description" label={t("description")} errors={errors?.description}>
        <Textarea id="description" rows={8} value={values.description} onChange={set("description")} maxLength={TEXT_MAX} required invalid={!!errors?.description} />
      </Field>
      <Field id="urgency" label={t("urgency")} errors={errors?.urgency}>
        <Select id="urgency" value={values.urgency} onChange={set("urgency")} invalid={!!errors?.urgency}>
          {URGENCIES.map((u) => (
            <option key={u} value={u}>
              {t(`level.${u}`)}
            </option>
          ))}
        </Select>
      </Field>
      <FilePicker files={files} onChange={setFiles} limits={limits} errors={errors?.attachments} />
      <UploadProgress percent={progress} />
      <div className="flex justify-end">
        <SendButton pending={pending} pendingLabel={t("creating")}>
          {t("createTicket")}
        </SendButton>
      </div>
    </form>
    {suggestArticles ? <TicketSuggestions subject={values.subject} /> : null}
    </div>
  );
}
