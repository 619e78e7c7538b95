"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";

/**
 * Uploads a new document (with its details) or, given `documentId`, a new version, through
 * POST /api/admin/documents. A refused upload keeps everything typed and chosen.
 */
export function DocumentUploadForm({ documentId, maxMb }: { documentId?: string; maxMb: number }) {
  const t = useTranslations("documents");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<{ id: string; number?: number }> | null>(null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    try {
      const response = await fetch("/api/admin/documents", { method: "POST", body: new FormData(form) });
      const body = (await response.json()) as ActionResult<{ id: string; number?: number }>;
      setResult(body);
      if (body.ok) {
        if (documentId) {
          form.reset();
          router.refresh();
        } else router.push(`/admin/documents/${body.data.id}?created=1`);
      }
    } catch {
      setResult({ ok: false, message: t("errors.uploadIncomplete") });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate encType="multipart/form-data">
      {result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}
      {result?.ok && documentId ? <Alert tone="success">{t("admin.versionAdded", { number: result.data.number ?? 0 })}</Alert> : null}
      {documentId ? (
        <input type="hidden" name="documentId" value={documentId} />
      ) : (
        <>
          <Field id="title" label={t("admin.titleLabel")} errors={errors?.title}>
            <Input id="title" maxLength={200} required invalid={!!errors?.title} />
          </Field>
          <Field id="description" label={t("admin.descriptionLabel")} errors={errors?.description}>
            <Textarea id="description" rows={3} maxLength={2000} invalid={!!errors?.description} />
          </Field>
          <Field id="category" label={t("admin.categoryLabel")} errors={errors?.category} hint={t("admin.categoryHint")}>
            <Input id="category" maxLength={80} invalid={!!errors?.category} />
          </Field>
        </>
      )}
      <Field id={documentId ? "version-file" : "file"} label={t("admin.fileLabel")} errors={errors?.file} hint={t("admin.fileHint", { maxMb })}>
        <input
          id={documentId ? "version-file" : "file"}
          name="file"
          type="file"
          required
          aria-invalid={!!errors?.file}
          aria-describedby={errors?.file ? `${documentId ? "version-file" : "file"}-error` : `${documentId ? "version-file" : "file"}-hint`}
          className="block w-full text-sm"
        />
      </Field>
      <SubmitButton pending={pending} pendingLabel={t("admin.uploading")}>{documentId ? t("admin.newVersion") : t("admin.upload")}</SubmitButton>
    </form>
  );
}
