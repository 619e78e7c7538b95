"use server";

import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { setTicketEmails } from "./notify";
import { findArticlesForReply, type ArticleLink } from "./article-links";
import { rateTicket, reopenTicket, resolveTicket, updateTicket } from "./service";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

// Thin wrappers: read the form, find the viewer, let the service decide. Each re-checks the
// session itself; a page guard does not protect the actions defined beside it. Forms that carry
// files (new ticket, reply) go to route handlers under app/api/tickets instead, for upload progress.

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

function revalidateTicket(ticketId: string) {
  revalidatePath(`/tickets/${ticketId}`);
  revalidatePath(`/admin/tickets/${ticketId}`);
  revalidatePath("/tickets");
}

export async function resolveAction(_prev: ActionResult<{ status: string }> | null, form: FormData): Promise<ActionResult<{ status: string }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("tickets", fail("errors.signedOut"));
  const ticketId = field(form, "ticketId") ?? "";
  const result = await resolveTicket(viewer, ticketId);
  if (result.ok) revalidateTicket(ticketId);
  return translateResult("tickets", result);
}

export async function reopenAction(_prev: ActionResult<{ status: string }> | null, form: FormData): Promise<ActionResult<{ status: string }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("tickets", fail("errors.signedOut"));
  const ticketId = field(form, "ticketId") ?? "";
  const result = await reopenTicket(viewer, { ticketId, reason: field(form, "reason") ?? "" });
  if (result.ok) revalidateTicket(ticketId);
  return translateResult("tickets", result);
}

export async function rateAction(_prev: ActionResult<{ rating: number }> | null, form: FormData): Promise<ActionResult<{ rating: number }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("tickets", fail("errors.signedOut"));
  const ticketId = field(form, "ticketId") ?? "";
  const result = await rateTicket(viewer, { ticketId, rating: field(form, "rating") ?? "", comment: field(form, "comment") ?? "" });
  if (result.ok) revalidateTicket(ticketId);
  return translateResult("tickets", result);
}

export async function ticketEmailsAction(_prev: ActionResult<{ on: boolean }> | null, form: FormData): Promise<ActionResult<{ on: boolean }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("tickets", fail("errors.signedOut"));
  const on = form.get("notifyByEmail") === "on";
  await setTicketEmails(viewer, on);
  revalidatePath("/tickets");
  return { ok: true, data: { on } };
}

/** Knowledge-base articles an agent may link in a reply on this ticket (see findArticlesForReply). */
export async function findArticlesForReplyAction(ticketId: number, query: string, internal: boolean): Promise<ActionResult<{ items: ArticleLink[] }>> {
  const viewer = await getSession();
  if (!viewer) return translateResult<never>("desk", fail("errors.signedOut"));
  return translateResult("desk", await findArticlesForReply(viewer, { ticketId, query, internal }));
}
