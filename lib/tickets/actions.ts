"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { addReply, createTicket, updateTicket } from "./service";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

// Thin wrappers: read the form, find the viewer, let the service decide. Each re-checks the
// session itself; a page guard does not protect the actions defined beside it.

export async function createTicketAction(_prev: ActionResult<{ id: number }> | null, form: FormData): Promise<ActionResult<{ id: number }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("tickets", fail("errors.signedOut"));
  const result = await createTicket(viewer, {
    subject: field(form, "subject") ?? "",
    description: field(form, "description") ?? "",
    categoryId: field(form, "categoryId") ?? "",
    urgency: (field(form, "urgency") ?? "") as "MEDIUM",
  });
  if (!result.ok) return translateResult("tickets", result);
  revalidatePath("/tickets");
  redirect(`/tickets/${result.data.id}`);
}

export async function replyAction(_prev: ActionResult<{ messageId: string }> | null, form: FormData): Promise<ActionResult<{ messageId: string }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("tickets", fail("errors.signedOut"));
  const ticketId = field(form, "ticketId") ?? "";
  const result = await addReply(viewer, {
    ticketId,
    body: field(form, "body") ?? "",
    internal: field(form, "internal") === "on",
  });
  if (result.ok) {
    revalidatePath(`/tickets/${ticketId}`);
    revalidatePath(`/admin/tickets/${ticketId}`);
  }
  return translateResult("tickets", result);
}

export async function updateTicketAction(_prev: ActionResult<{ version: number }> | null, form: FormData): Promise<ActionResult<{ version: number }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("tickets", fail("errors.signedOut"));
  const ticketId = field(form, "ticketId") ?? "";
  const result = await updateTicket(viewer, {
    ticketId,
    version: field(form, "version") ?? "",
    status: (field(form, "status") ?? "") as "OPEN",
    priority: (field(form, "priority") ?? "") as "MEDIUM",
    assigneeId: field(form, "assigneeId") ?? "",
  });
  if (result.ok) revalidatePath(`/admin/tickets/${ticketId}`);
  return translateResult("tickets", result);
}
