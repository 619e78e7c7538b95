import { postMessage } from "@/lib/chat/service";
import { withTicketForm } from "@/lib/tickets/form-request";
import { chatJsonResult, statusOf } from "@/lib/chat/form-request";

/** A message (or, for staff, an internal note) with its files. Delivered to the others through their streams. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withTicketForm(request, async (form) => {
    const result = await postMessage(
      form.viewer,
      { conversationId: (await params).id, body: form.text("body") ?? "", internal: form.text("internal") === "on" },
      { files: form.files },
    );
    return chatJsonResult(result, statusOf(result, true));
  });
}
