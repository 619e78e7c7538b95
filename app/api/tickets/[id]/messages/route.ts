import { revalidatePath } from "next/cache";
import { addReply } from "@/lib/tickets/service";
import { jsonResult, withTicketForm, statusOf } from "@/lib/tickets/form-request";

/** A reply (or an agent's internal note), with its attachments. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withTicketForm(request, async (form) => {
    const ticketId = (await params).id;
    const result = await addReply(form.viewer, { ticketId, body: form.text("body") ?? "", internal: form.text("internal") === "on" }, { files: form.files });
    if (result.ok) {
      revalidatePath(`/tickets/${ticketId}`);
      revalidatePath(`/admin/tickets/${ticketId}`);
    }
    return jsonResult(result, statusOf(result));
  });
}
