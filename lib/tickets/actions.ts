"use server";

import { revalidatePath } from "next/cache";
import { getSession } from "@/lib/auth/session";
import { fail, type ActionResult } from "@/lib/action-result";
import { translateResult } from "@/lib/action-translate";
import { setTicketEmails } from "./notify";
import { findArticlesForReply, type ArticleLink } from "./article-links";
import { rateTicket, reopenTicket, resolveTicket, updateTicket } from "./service";
import { ticketPulse, type TicketPulse } from "./presence";

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
  // The panel sends only the fields the agent changed, each with the stored value it started from.
  const result = await updateTicket(viewer, {
    ticketId,
    version: field(form, "version") ?? "",
    status: field(form, "status") as "OPEN" | undefined,
    priority: field(form, "priority") as "MEDIUM" | undefined,
    assigneeId: field(form, "assigneeId"),
    seen: {
      status: field(form, "seenStatus") as "OPEN" | undefined,
      priority: field(form, "seenPriority") as "MEDIUM" | undefined,
      assigneeId: field(form, "seenAssigneeId"),
    },
  });
  if (result.ok) revalidateTicket(ticketId);
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

/** The console ticket page's heartbeat (see ticketPulse); `since` is when the page was drawn. */
export async function ticketPulseAction(ticketId: number, since: string): Promise<TicketPulse | null> {
  const viewer = await getSession();
  if (!viewer) return null;
  const at = new Date(since);
  return ticketPulse(viewer, ticketId, Number.isNaN(at.getTime()) ? new Date() : at);
}
