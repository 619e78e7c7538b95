import "server-only";
import type { ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { attachmentMessageValues } from "@/lib/tickets/attachments";

/** A chat route's answer, its messages in the viewer's language (the "chat" namespace). */
export async function chatJsonResult<T>(result: ActionResult<T>, status = 200) {
  return Response.json(await translateResult("chat", result, attachmentMessageValues()), { status });
}

/** The HTTP status of a refused chat result: not found stays a 404, whatever else it was. */
export function statusOf(result: ActionResult<unknown>, created = false): number {
  if (result.ok) return created ? 201 : 200;
  if (result.message === "errors.notFound") return 404;
  if (result.message === "errors.tooFast") return 429;
  if (result.message === "errors.notAllowed") return 403;
  return 422;
}
