import { isForeignOrigin } from "@/lib/auth/same-origin";
import { fileStorage } from "@/lib/storage";
import { withUploadForm } from "@/lib/storage/upload-form";
import { getSession } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { kbImageMaxBytes, kbImageMessageValues, uploadKbImage } from "@/lib/kb/images";

// Uploads from the article editor (a route handler rather than a server action, so the browser
// can show upload progress). One image a request, in the form field "file".

async function answer<T>(result: ActionResult<T>, status: number) {
  return Response.json(await translateResult("kbImages", result, kbImageMessageValues()), { status });
}

export async function POST(request: Request) {
  if (isForeignOrigin(request)) return answer(fail("errors.notFound"), 403);
  const viewer = await getSession();
  if (!viewer) return answer(fail("errors.signedOut"), 401);
  if (!isStaff(viewer)) return answer(fail("errors.notFound"), 404);
  // The form wrapping adds a little to the file itself.
  const limit = kbImageMaxBytes();
  return withUploadForm(request, { maxBytes: limit + 64 * 1024, maxFileBytes: limit, maxFiles: 1, fileFields: ["file"] }, fileStorage(), {
    refused: (reason) => (reason === "tooLarge" ? answer(fail("errors.fileTooLarge"), 413) : answer(fail("errors.uploadIncomplete"), 400)),
    handle: async (form) => {
      const [file] = form.files;
      if (!file) return answer(fail("errors.fileMissing"), 400);
      const result = await uploadKbImage(viewer, file);
      return answer(result, result.ok ? 201 : 422);
    },
  });
}
