import { revalidatePath } from "next/cache";
import { createTicket } from "@/lib/tickets/service";
import { jsonResult, withTicketForm, statusOf } from "@/lib/tickets/form-request";
import { isStaff } from "@/lib/auth/permissions";
import { fail } from "@/lib/action-result";
import { portalModulesFor } from "@/lib/portal/modules";

/** A new ticket, with its attachments and extra fields, from the portal's form or an agent's (on behalf). */
export async function POST(request: Request) {
  return withTicketForm(request, async (form) => {
    // With My assets off, a portal user's ticket cannot name an asset: the same answer as an unknown one.
    if (form.text("assetId") && !isStaff(form.viewer) && !(await portalModulesFor(form.viewer.id)).assets) {
      return jsonResult(fail("errors.invalid", { assetId: ["errors.assetUnknown"] }), 422);
    }
    const result = await createTicket(
      form.viewer,
      {
        subject: form.text("subject") ?? "",
        description: form.text("description") ?? "",
        categoryId: form.text("categoryId") ?? "",
        urgency: (form.text("urgency") ?? "") as "MEDIUM",
        fields: form.prefixed("field."),
        requesterId: form.text("requesterId") || undefined,
        assetId: form.text("assetId") || undefined,
      },
      { files: form.files },
    );
    if (result.ok) {
      revalidatePath("/tickets");
      revalidatePath("/admin");
    }
    return jsonResult(result, statusOf(result));
  });
}
