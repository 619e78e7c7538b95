import { z } from "zod";
import { isForeignOrigin } from "@/lib/auth/same-origin";
import { readBoundedForm } from "@/lib/storage/bounded-body";
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

const formSchema = z.object({ file: z.instanceof(File, { message: "errors.fileMissing" }) });

export async function POST(request: Request) {
  if (isForeignOrigin(request)) return answer(fail("errors.notFound"), 403);
  const viewer = await getSession();
  if (!viewer) return answer(fail("errors.signedOut"), 401);
  if (!isStaff(viewer)) return answer(fail("errors.notFound"), 404);
  // The form wrapping adds a little to the file itself.
  const read = await readBoundedForm(request, kbImageMaxBytes() + 64 * 1024);
  if (!read.ok) return read.reason === "tooLarge" ? answer(fail("errors.fileTooLarge"), 413) : answer(fail("errors.uploadIncomplete"), 400);
  const { form } = read;
  const parsed = formSchema.safeParse({ file: form.get("file") });
  if (!parsed.success) return answer(fail("errors.fileMissing"), 400);
  const { file } = parsed.data;
  const result = await uploadKbImage(viewer, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  return answer(result, result.ok ? 201 : 422);
}
