import "server-only";
import { getSession, type Viewer } from "@/lib/auth/session";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
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

export async function jsonResult<T>(result: ActionResult<T>, status = 200) {
  return Response.json(await translateResult("tickets", result, attachmentMessageValues()), { status });
}

export async function readTicketForm(request: Request): Promise<TicketForm | Response> {
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) return jsonResult(fail("errors.notFound"), 403);
  const viewer = await getSession();
  if (!viewer) return jsonResult(fail("errors.signedOut"), 401);
  const { maxBytes, maxFiles } = attachmentLimits();
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxFiles * maxBytes + 1024 * 1024) return jsonResult(fail("errors.invalid", { attachments: ["errors.uploadTooLarge"] }), 413);
  let form: FormData;
  try {
    // Resolves only once the whole body has arrived: an interrupted upload stops here, before
    // anything is stored or recorded.
    form = await request.formData();
  } catch {
    return jsonResult(fail("errors.uploadIncomplete"), 400);
  }
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
