"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { SUBJECT_MAX, TEXT_MAX } from "@/lib/tickets/limits";
import type { FormRequestType } from "@/lib/request-types/queries";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { FilePicker, UploadProgress } from "./file-picker";
import { SendButton } from "./send-button";
import type { UploadLimits } from "./send-form";
import { useTicketUpload } from "./use-ticket-upload";
import { RequestTypePicker, TicketFieldInputs } from "./request-type-fields";
import { fieldName } from "@/lib/request-types/limits";
import { TicketSuggestions } from "@/components/kb/ticket-suggestions";

const URGENCIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;

type Props = {
  types: FormRequestType[];
  limits: UploadLimits;
  suggestArticles?: boolean;
  /** Set when an agent opens the ticket on behalf of this person. */
  requester?: { id: string; name: string };
  /** The requester's current assets, for fields of the "asset" kind. */
  assets?: { id: string; label: string }[];
  /** The asset the ticket is about ("Report a problem" on it). */
  asset?: { id: string; label: string };
};

/**
 * The request type first, then its extra fields, then the ticket itself. Controlled fields, so
 * that nothing typed (or attached) is lost when the server refuses the ticket.
 */
export function NewTicketForm({ types, limits, suggestArticles = false, requester, assets, asset }: Props) {
  const t = useTranslations("tickets");
  const router = useRouter();
  const [values, setValues] = useState({ subject: "", description: "", categoryId: "", urgency: "MEDIUM" });
  const [fieldValues, setFieldValues] = useState<Record<string, string>>({});
  const upload = useTicketUpload<{ id: number }>(t("attachments.failed"));
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    // Stays pending after a success: the page changes to the new ticket.
    const result = await upload.send("/api/tickets", e.currentTarget, { keepPending: true });
    if (result?.ok) router.push(requester ? `/admin/tickets/${result.data.id}` : `/tickets/${result.data.id}`);
  };
  const { state, errors: serverErrors } = upload;
  // A field's error goes as soon as that field is changed; the others stay until the next send.
  const [fixed, setFixed] = useState<{ of: unknown; names: string[] }>({ of: null, names: [] });
  const markFixed = (name: string) => setFixed((f) => (f.of === state ? { of: state, names: [...f.names, name] } : { of: state, names: [name] }));
  const errors = serverErrors
    ? Object.fromEntries(Object.entries(serverErrors).filter(([name]) => !(fixed.of === state && fixed.names.includes(name))))
    : undefined;
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) => {
    markFixed(name);
    setValues((v) => ({ ...v, [name]: e.target.value }));
  };
  const chosen = types.find((c) => c.id === values.categoryId);
  return (
    <div className={suggestArticles ? "grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]" : undefined}>
    <form onSubmit={submit} className="min-w-0 space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6" noValidate>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {requester ? <input type="hidden" name="requesterId" value={requester.id} /> : null}
      {asset ? (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-sm" data-testid="ticket-asset">
          <input type="hidden" name="assetId" value={asset.id} />
          <span className="text-slate-600">{t("asset")}:</span> <span className="font-medium">{asset.label}</span>
        </p>
      ) : null}
      {errors?.assetId ? <Alert tone="error">{errors.assetId.join(" ")}</Alert> : null}
      <RequestTypePicker types={types} value={values.categoryId} onChange={(id) => {
        markFixed("categoryId");
        setValues((v) => ({ ...v, categoryId: id }));
      }} errors={errors?.categoryId} />
      {chosen ? (
        <TicketFieldInputs
          fields={chosen.fields}
          values={fieldValues}
          onChange={(id, value) => {
            markFixed(fieldName(id));
            setFieldValues((v) => ({ ...v, [id]: value }));
          }}
          errors={errors}
          assets={assets}
        />
      ) : null}
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
      <FilePicker
        files={upload.files}
        onChange={(files) => {
          markFixed("attachments");
          upload.setFiles(files);
        }}
        limits={limits}
        errors={errors?.attachments}
      />
      <UploadProgress percent={upload.progress} />
      <div className="flex justify-end">
        <SendButton pending={upload.pending} pendingLabel={t("creating")}>
          {t("createTicket")}
        </SendButton>
      </div>
    </form>
    {suggestArticles ? <TicketSuggestions subject={values.subject} /> : null}
    </div>
  );
}
