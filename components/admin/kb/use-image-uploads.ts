"use client";

import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { sendTicketForm } from "@/components/tickets/send-form";
import { imageMarkdown, type UploadedImage } from "@/lib/kb/image-rules";

export type PendingUpload = { key: number; name: string; percent: number };
export type UploadProblem = { key: number; name: string; message: string };

/**
 * Uploads images for the article editor, one request each, and hands back the Markdown that
 * shows each one as it arrives. Keeps what is in flight (with progress) and what failed.
 */
export function useImageUploads(maxMb: number, insert: (markdown: string) => void) {
  const t = useTranslations("kbImages");
  const next = useRef(0);
  const [pending, setPending] = useState<PendingUpload[]>([]);
  const [problems, setProblems] = useState<UploadProblem[]>([]);
  const [announcement, setAnnouncement] = useState("");

  const uploadOne = async (file: File) => {
    const key = ++next.current;
    const name = file.name || "image";
    if (file.size > maxMb * 1024 * 1024) {
      setProblems((p) => [...p, { key, name, message: t("errors.fileTooLarge", { maxMb }) }]);
      return;
    }
    setPending((p) => [...p, { key, name, percent: 0 }]);
    const form = new FormData();
    form.append("file", file, name);
    const result = await sendTicketForm<UploadedImage>("/api/kb/images", form, (percent) =>
      setPending((p) => p.map((u) => (u.key === key ? { ...u, percent } : u))),
    );
    setPending((p) => p.filter((u) => u.key !== key));
    if (result?.ok) {
      insert(imageMarkdown(result.data.id, result.data.fileName));
      setAnnouncement(t("inserted", { name: result.data.fileName }));
    } else {
      setProblems((p) => [...p, { key, name, message: result ? result.message : t("errors.network") }]);
    }
  };

  return {
    pending,
    problems,
    announcement,
    upload: (files: Iterable<File>) => {
      setAnnouncement("");
      for (const file of files) void uploadOne(file);
    },
    dismiss: (key: number) => setProblems((p) => p.filter((u) => u.key !== key)),
  };
}
