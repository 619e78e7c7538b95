import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import { fileStorage, type FileStorage } from "@/lib/storage";
import { commitIncoming, factsOf, type IncomingFile } from "@/lib/storage/incoming";
import { fileSizeProblem } from "@/lib/storage/upload-rules";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { checkUploadContent, cleanFileName } from "./attachment-rules";

/** A file as it arrived with a form: streamed to storage by the form reader, or bytes in memory. */
export type { IncomingFile } from "@/lib/storage/incoming";

export type StoredFile = { fileName: string; contentType: string; size: number; storageKey: string };

export const attachmentLimits = () => ({ maxBytes: Math.floor(env.ATTACHMENT_MAX_MB * 1024 * 1024), maxFiles: env.ATTACHMENT_MAX_FILES });

/** Catalogue parameters of the attachment messages. */
export const attachmentMessageValues = () => ({ maxMb: env.ATTACHMENT_MAX_MB, maxFiles: env.ATTACHMENT_MAX_FILES });

/**
 * Checks every file (count, size, content) and, only when all pass, commits them under their
 * attachment keys. Either all are stored or none: a failure part-way removes what was already
 * committed (what the form reader streamed and was not committed, its caller discards).
 */
export async function storeUploads(files: IncomingFile[], storage: FileStorage = fileStorage()): Promise<ActionResult<StoredFile[]>> {
  const { maxBytes, maxFiles } = attachmentLimits();
  if (files.length > maxFiles) return fail("errors.invalid", { attachments: ["errors.tooManyFiles"] });
  const checked: (StoredFile & { source: IncomingFile })[] = [];
  const problems = new Set<string>();
  for (const source of files) {
    const file = factsOf(source);
    const sizeProblem = fileSizeProblem(file.size, maxBytes);
    if (sizeProblem) problems.add(sizeProblem);
    else {
      const check = await checkUploadContent(file.name, file.head, file.text);
      if (!check.ok) problems.add(check.error === "typeMismatch" ? "errors.fileTypeMismatch" : "errors.fileTypeNotAllowed");
      else checked.push({ fileName: cleanFileName(file.name), contentType: check.contentType, size: file.size, storageKey: `attachments/${randomUUID()}`, source });
    }
  }
  if (problems.size > 0) return fail("errors.invalid", { attachments: [...problems] });
  const stored: StoredFile[] = [];
  try {
    for (const { source, ...file } of checked) {
      await commitIncoming(storage, source, file.storageKey);
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
