import { getSession } from "@/lib/auth/session";
import { isForeignOrigin } from "@/lib/auth/same-origin";
import { fileStorage } from "@/lib/storage";
import { withUploadForm } from "@/lib/storage/upload-form";
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

export async function POST(request: Request) {
  if (isForeignOrigin(request)) return answer(fail("errors.notFound"), 403);
  const viewer = await getSession();
  if (!viewer) return answer(fail("errors.signedOut"), 401);
  if (!isStaff(viewer)) return answer(fail("errors.notFound"), 404);
  // Counted as it streams: a chunked body has no Content-Length to check. The form fields add a
  // little. The file goes to storage as it arrives; what is not kept is removed at the end.
  return withUploadForm(
    request,
    { maxBytes: DOCUMENT_MAX_BYTES + 64 * 1024, maxFileBytes: DOCUMENT_MAX_BYTES, maxFiles: 1, fileFields: ["file"] },
    fileStorage(),
    {
      refused: (reason) =>
        reason === "tooLarge"
          ? answer(fail("errors.fileTooLarge", { file: ["errors.fileTooLarge"] }), 413)
          : answer(fail("errors.uploadIncomplete"), 400),
      handle: async (form) => {
        const [file] = form.files;
        if (!file) return answer(fail("errors.fileMissing", { file: ["errors.fileMissing"] }), 422);
        const text = (name: string) => form.text(name) ?? "";
        const documentId = text("documentId");
        const result = documentId
          ? await addDocumentVersion(viewer, { documentId, file })
          : await createDocument(viewer, { title: text("title"), description: text("description"), category: text("category"), file });
        return answer(result, result.ok ? 201 : result.message === "errors.notFound" ? 404 : 422);
      },
    },
  );
}
