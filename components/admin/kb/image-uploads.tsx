"use client";

import { useRef } from "react";
import { useTranslations } from "next-intl";
import { KB_IMAGE_TYPES } from "@/lib/kb/image-rules";
import type { PendingUpload, UploadProblem } from "./use-image-uploads";

/** The editor's "Insert image" button (a file picker) and the state of the uploads under way. */
export function ImageUploads({
  maxMb, pending, problems, announcement, onFiles, onDismiss,
}: {
  maxMb: number;
  pending: PendingUpload[];
  problems: UploadProblem[];
  announcement: string;
  onFiles: (files: File[]) => void;
  onDismiss: (key: number) => void;
}) {
  const t = useTranslations("kbImages");
  const picker = useRef<HTMLInputElement>(null);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <button
          type="button"
          onClick={() => picker.current?.click()}
          aria-describedby="kb-image-hint"
          className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
        >
          {t("insert")}
        </button>
        <input
          ref={picker}
          type="file"
          accept={KB_IMAGE_TYPES.join(",")}
          multiple
          hidden
          data-testid="kb-image-input"
          onChange={(e) => {
            onFiles([...(e.target.files ?? [])]);
            e.target.value = "";
          }}
        />
        <p id="kb-image-hint" className="text-xs text-slate-500">{t("hint", { maxMb })}</p>
      </div>
      <div aria-live="polite" className="space-y-1 text-sm">
        {pending.map((u) => (
          <p key={u.key} className="flex flex-wrap items-center gap-2 text-slate-700" data-testid="kb-image-pending">
            <progress max={100} value={u.percent} className="h-2 w-24" aria-hidden />
            <span className="break-all">{t("uploading", { name: u.name, percent: u.percent })}</span>
          </p>
        ))}
        {announcement ? <p className="text-green-700">{announcement}</p> : null}
      </div>
      {problems.length ? (
        <ul role="alert" className="space-y-1 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {problems.map((p) => (
            <li key={p.key} className="flex items-start justify-between gap-2">
              <span className="break-words">{t("failed", { name: p.name, message: p.message })}</span>
              <button type="button" onClick={() => onDismiss(p.key)} className="shrink-0 underline">{t("dismiss")}</button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
