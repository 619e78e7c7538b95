import { startConversation } from "@/lib/chat/service";
import { readTicketForm } from "@/lib/tickets/form-request";
import { chatJsonResult, statusOf } from "@/lib/chat/form-request";

/** A portal user starts a conversation with a first message and files (upload progress: a route, not an action). */
export async function POST(request: Request) {
  const form = await readTicketForm(request);
  if (form instanceof Response) return form;
  const result = await startConversation(form.viewer, { body: form.text("body") ?? "" }, { files: form.files });
  return chatJsonResult(result, statusOf(result, true));
}
