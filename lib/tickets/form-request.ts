import "server-only";
import { getSession, type Viewer } from "@/lib/auth/session";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { isForeignOrigin } from "@/lib/auth/same-origin";
import { readBoundedForm } from "@/lib/storage/bounded-body";
import { attachmentLimits, attachmentMessageValues, type IncomingFile } from "./attachments";

// Ticket forms that carry files are sent to route handlers (a server action cannot report upload
// progress). This reads such a request: same-origin only, bounded size, the whole body or nothing.

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

export async function readTicketForm(request: Request): Promise<TicketForm | Response> {
  if (isForeignOrigin(request)) return jsonResult(fail("errors.notFound"), 403);
  const viewer = await getSession();
  if (!viewer) return jsonResult(fail("errors.signedOut"), 401);
  const { maxBytes, maxFiles } = attachmentLimits();
  // Resolves only once the whole body has arrived, and stops reading at the limit: an interrupted
  // or oversized upload stops here, before anything is stored or recorded.
  const read = await readBoundedForm(request, maxFiles * maxBytes + 1024 * 1024);
  if (!read.ok) {
    return read.reason === "tooLarge"
      ? jsonResult(fail("errors.invalid", { attachments: ["errors.uploadTooLarge"] }), 413)
      : jsonResult(fail("errors.uploadIncomplete"), 400);
  }
  const { form } = read;
  const files: IncomingFile[] = [];
  for (const entry of form.getAll("attachments")) {
    if (typeof entry === "string") continue;
    if (entry.size === 0 && entry.name === "") continue;
    files.push({ name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) });
  }
  return {
    viewer,
    files,
    text: (name) => {
      const value = form.get(name);
      return typeof value === "string" ? value : undefined;
    },
    prefixed: (prefix) => {
      const out: Record<string, string> = {};
      for (const [name, value] of form.entries()) if (name.startsWith(prefix) && typeof value === "string") out[name.slice(prefix.length)] = value;
      return out;
    },
  };
}
