import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import { fileStorage, type FileStorage } from "@/lib/storage";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { checkUploadContent, cleanFileName } from "./attachment-rules";

/** A file as it arrived with a form: the name the browser gave and the bytes. */
export type IncomingFile = { name: string; bytes: Uint8Array };

export type StoredFile = { fileName: string; contentType: string; size: number; storageKey: string };

export const attachmentLimits = () => ({ maxBytes: Math.floor(env.ATTACHMENT_MAX_MB * 1024 * 1024), maxFiles: env.ATTACHMENT_MAX_FILES });

/** Catalogue parameters of the attachment messages. */
export const attachmentMessageValues = () => ({ maxMb: env.ATTACHMENT_MAX_MB, maxFiles: env.ATTACHMENT_MAX_FILES });

/**
 * Checks every file (count, size, content) and, only when all pass, stores them. Either all are
 * stored or none: a failure part-way removes what was already written.
 */
export async function storeUploads(files: IncomingFile[], storage: FileStorage = fileStorage()): Promise<ActionResult<StoredFile[]>> {
  const { maxBytes, maxFiles } = attachmentLimits();
  if (files.length > maxFiles) return fail("errors.invalid", { attachments: ["errors.tooManyFiles"] });
  const checked: (StoredFile & { bytes: Uint8Array })[] = [];
  const problems = new Set<string>();
  for (const file of files) {
    if (file.bytes.byteLength === 0) problems.add("errors.fileEmpty");
    else if (file.bytes.byteLength > maxBytes) problems.add("errors.fileTooLarge");
    else {
      const check = await checkUploadContent(file.name, file.bytes);
      if (!check.ok) problems.add(check.error === "typeMismatch" ? "errors.fileTypeMismatch" : "errors.fileTypeNotAllowed");
      else checked.push({ fileName: cleanFileName(file.name), contentType: check.contentType, size: file.bytes.byteLength, storageKey: `attachments/${randomUUID()}`, bytes: file.bytes });
    }
  }
  if (problems.size > 0) return fail("errors.invalid", { attachments: [...problems] });
  const stored: StoredFile[] = [];
  try {
    for (const { bytes, ...file } of checked) {
      await storage.put(file.storageKey, bytes);
      stored.push(file);
    }
  } catch (error) {
    await discardUploads(stored, storage);
    throw error;
  }
  return ok(stored);
}

/** Removes stored files whose database records could not be written. */
export async function discardUploads(files: StoredFile[], storage: FileStorage = fileStorage()) {
  await Promise.allSettled(files.map((f) => storage.delete(f.storageKey)));
}
