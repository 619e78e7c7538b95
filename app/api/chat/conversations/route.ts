import { startConversation } from "@/lib/chat/service";
import { withTicketForm } from "@/lib/tickets/form-request";
import { chatJsonResult, statusOf } from "@/lib/chat/form-request";

/** A portal user starts a conversation with a first message and files (upload progress: a route, not an action). */
export async function POST(request: Request) {
  return withTicketForm(request, async (form) => {
    const result = await startConversation(form.viewer, { body: form.text("body") ?? "" }, { files: form.files });
    return chatJsonResult(result, statusOf(result, true));
  });
}
