"use client";

import { useId, useRef, useState, type DragEvent } from "react";
import { useTranslations } from "next-intl";
import type { UploadLimits } from "./send-form";
import { formatSize } from "./format-size";

type Props = {
  files: File[];
  onChange: (files: File[]) => void;
  limits: UploadLimits;
  errors?: string[];
  disabled?: boolean;
};

/**
 * Files to send with a ticket or a reply: dropped on the zone or chosen with the picker, several at
 * once, each removable. Size and count are checked here for a quick answer; the server decides.
 */
export function FilePicker({ files, onChange, limits, errors, disabled }: Props) {
  const t = useTranslations("tickets");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [local, setLocal] = useState<string[]>([]);

  const add = (incoming: File[]) => {
    const problems: string[] = [];
    const accepted = [...files];
    for (const file of incoming) {
      if (file.size > limits.maxMb * 1024 * 1024) problems.push(t("attachments.tooLarge", { name: file.name, maxMb: limits.maxMb }));
      else if (accepted.length >= limits.maxFiles) problems.push(t("attachments.tooMany", { name: file.name, maxFiles: limits.maxFiles }));
      else accepted.push(file);
    }
    setLocal(problems);
    onChange(accepted);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) add(Array.from(e.dataTransfer.files));
  };
  const shown = [...local, ...(errors ?? [])];

  return (
    <div className="space-y-2">
      <span id={`${id}-label`} className="block text-sm font-medium text-slate-700">
        {t("attachments.label")}
      </span>
      <div
        data-testid="file-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={`rounded-md border-2 border-dashed px-3 py-4 text-center text-sm ${over ? "border-brand bg-blue-50" : "border-slate-300 bg-slate-50"}`}
      >
        <p>
          {t("attachments.dropHint")}{" "}
          <label htmlFor={`${id}-input`} className="cursor-pointer font-medium text-brand underline">
            {t("attachments.choose")}
          </label>
        </p>
        <input
          ref={input}
          id={`${id}-input`}
          type="file"
          multiple
          disabled={disabled}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-hint`}
          className="sr-only"
          onChange={(e) => {
            add(Array.from(e.target.files ?? []));
            e.target.value = "";
          }}
        />
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {t("attachments.limits", { maxMb: limits.maxMb, maxFiles: limits.maxFiles })}
        </p>
      </div>
      {files.length > 0 ? (
        <ul className="space-y-1" aria-label={t("attachments.chosen")}>
          {files.map((file, i) => (
            <li key={`${file.name}-${i}`} className="flex items-center justify-between gap-2 rounded border border-slate-200 bg-white px-2 py-1 text-sm">
              <span className="min-w-0 truncate">{file.name}</span>
              <span className="flex shrink-0 items-center gap-2">
                <span className="text-xs text-slate-500">{formatSize(file.size)}</span>
                <button
                  type="button"
                  disabled={disabled}
                  className="rounded px-2 py-0.5 text-slate-600 hover:bg-slate-100"
                  aria-label={t("attachments.remove", { name: file.name })}
                  onClick={() => onChange(files.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {shown.length > 0 ? (
        <p role="alert" className="text-sm text-red-600">
          {shown.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function UploadProgress({ percent }: { percent: number | null }) {
  const t = useTranslations("tickets");
  if (percent === null) return null;
  return (
    <div className="space-y-1" role="status">
      <progress className="h-2 w-full" max={100} value={percent} aria-label={t("attachments.progressLabel")} />
      <p className="text-xs text-slate-600">{t("attachments.uploading", { percent })}</p>
    </div>
  );
}
