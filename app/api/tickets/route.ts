import { revalidatePath } from "next/cache";
import { createTicket } from "@/lib/tickets/service";
import { jsonResult, readTicketForm, statusOf } from "@/lib/tickets/form-request";

/** A new ticket, with its attachments and extra fields, from the portal's form or an agent's (on behalf). */
export async function POST(request: Request) {
  const form = await readTicketForm(request);
  if (form instanceof Response) return form;
  const result = await createTicket(
    form.viewer,
    {
      subject: form.text("subject") ?? "",
      description: form.text("description") ?? "",
      categoryId: form.text("categoryId") ?? "",
      urgency: (form.text("urgency") ?? "") as "MEDIUM",
      fields: form.prefixed("field."),
      requesterId: form.text("requesterId") || undefined,
    },
    { files: form.files },
  );
  if (result.ok) {
    revalidatePath("/tickets");
    revalidatePath("/admin");
  }
  return jsonResult(result, statusOf(result));
}
