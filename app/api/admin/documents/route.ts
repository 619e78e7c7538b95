import { z } from "zod";
import { getSession } from "@/lib/auth/session";
import { isForeignOrigin } from "@/lib/auth/same-origin";
import { readBoundedForm } from "@/lib/storage/bounded-body";
import { isStaff } from "@/lib/auth/permissions";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { addDocumentVersion, createDocument } from "@/lib/documents/service";
import { DOCUMENT_MAX_BYTES, DOCUMENT_MAX_MB } from "@/lib/documents/schema";

// Uploads from the console: a new document (with title, description, category) or, with
// `documentId`, a new version of one. A route handler, so that files larger than a server
// action's body limit arrive; staff only.

async function answer<T>(result: ActionResult<T>, status: number) {
  return Response.json(await translateResult("documents", result, { maxMb: DOCUMENT_MAX_MB }), { status });
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export async function POST(request: Request) {
  if (isForeignOrigin(request)) return answer(fail("errors.notFound"), 403);
  const viewer = await getSession();
  if (!viewer) return answer(fail("errors.signedOut"), 401);
  if (!isStaff(viewer)) return answer(fail("errors.notFound"), 404);
  // Counted as it streams: a chunked body has no Content-Length to check. The form fields add a little.
  const read = await readBoundedForm(request, DOCUMENT_MAX_BYTES + 64 * 1024);
  if (!read.ok) {
    return read.reason === "tooLarge"
      ? answer(fail("errors.fileTooLarge", { file: ["errors.fileTooLarge"] }), 413)
      : answer(fail("errors.uploadIncomplete"), 400);
  }
  const { form } = read;
  const raw = z.instanceof(File).safeParse(form.get("file"));
  const file = raw.success ? { name: raw.data.name, bytes: new Uint8Array(await raw.data.arrayBuffer()) } : { name: "", bytes: new Uint8Array(0) };
  if (!raw.success) return answer(fail("errors.fileMissing", { file: ["errors.fileMissing"] }), 422);
  const documentId = text(form, "documentId");
  const result = documentId
    ? await addDocumentVersion(viewer, { documentId, file })
    : await createDocument(viewer, { title: text(form, "title"), description: text(form, "description"), category: text(form, "category"), file });
  return answer(result, result.ok ? 201 : result.message === "errors.notFound" ? 404 : 422);
}
