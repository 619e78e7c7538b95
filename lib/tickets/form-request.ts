import "server-only";
import { getSession, type Viewer } from "@/lib/auth/session";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { isForeignOrigin } from "@/lib/auth/same-origin";
import { fileStorage } from "@/lib/storage";
import { withUploadForm } from "@/lib/storage/upload-form";
import { attachmentLimits, attachmentMessageValues, type IncomingFile } from "./attachments";

// Ticket forms that carry files are sent to route handlers (a server action cannot report upload
// progress). This reads such a request: same-origin only, bounded size, the whole body or nothing;
// the files are streamed to storage and whatever the handler did not keep is removed afterwards.

export type TicketForm = {
  viewer: Viewer;
  text: (name: string) => string | undefined;
  /** The text entries whose names start with `prefix`, by the rest of their name. */
  prefixed: (prefix: string) => Record<string, string>;
  files: IncomingFile[];
};

/** 201 for a success, 404 for a ticket the viewer may not see (the same as one that does not exist), else 422. */
export function statusOf(result: ActionResult<unknown>) {
  if (result.ok) return 201;
  return result.message === "errors.notFound" ? 404 : 422;
}

export async function jsonResult<T>(result: ActionResult<T>, status = 200) {
  return Response.json(await translateResult("tickets", result, attachmentMessageValues()), { status });
}

/**
 * Reads the ticket form of `request` and answers with `handle(form)`; the files of the form that
 * `handle` did not commit (a refused form, a failed write) are removed from storage afterwards.
 */
export async function withTicketForm(request: Request, handle: (form: TicketForm) => Promise<Response>): Promise<Response> {
  if (isForeignOrigin(request)) return jsonResult(fail("errors.notFound"), 403);
  const viewer = await getSession();
  if (!viewer) return jsonResult(fail("errors.signedOut"), 401);
  const { maxBytes, maxFiles } = attachmentLimits();
  // Resolves only once the whole body has arrived, and stops reading at the limit: an interrupted
  // or oversized upload stops here, before anything is recorded. One file more than allowed is
  // kept, so that the rules can answer "too many files".
  return withUploadForm(
    request,
    { maxBytes: maxFiles * maxBytes + 1024 * 1024, maxFileBytes: maxBytes, maxFiles: maxFiles + 1, fileFields: ["attachments"] },
    fileStorage(),
    {
      refused: (reason) =>
        reason === "tooLarge"
          ? jsonResult(fail("errors.invalid", { attachments: ["errors.uploadTooLarge"] }), 413)
          : jsonResult(fail("errors.uploadIncomplete"), 400),
      handle: (form) =>
        handle({
          viewer,
          // An empty file input is sent as a nameless empty file.
          files: form.files.filter((f) => !(f.size === 0 && f.name === "")),
          text: form.text,
          prefixed: (prefix) => {
            const out: Record<string, string> = {};
            for (const [name, value] of form.fields) if (name.startsWith(prefix)) out[name.slice(prefix.length)] = value;
            return out;
          },
        }),
    },
  );
}
