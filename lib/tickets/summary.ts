import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { visibleTicketsWhere } from "./access";

/** What waits for a requester among their own tickets: for the portal's home page. */
export async function myTicketSummary(viewer: Pick<Viewer, "id">) {
  const mine = { requesterId: viewer.id };
  const [open, waitingForMe, newReplies] = await Promise.all([
    db.ticket.count({ where: { ...mine, status: { in: ["NEW", "OPEN", "WAITING_FOR_CUSTOMER"] } } }),
    db.ticket.count({ where: { ...mine, status: "WAITING_FOR_CUSTOMER" } }),
    // An agent replied since the requester last opened the ticket (as "New reply" in My tickets).
    db.ticket.count({
      where: {
        ...mine,
        OR: [
          { lastAgentReplyAt: { not: null }, requesterReadAt: null },
          { lastAgentReplyAt: { gt: db.ticket.fields.requesterReadAt } },
        ],
      },
    }),
  ]);
  return { open, waitingForMe, newReplies };
}

/** A ticket's number and subject for the page title, when the viewer may see it (else null). */
export async function ticketTitle(viewer: Pick<Viewer, "id" | "role">, rawId: string): Promise<string | null> {
  const id = Number(rawId);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const ticket = await db.ticket.findFirst({ where: { AND: [{ id }, visibleTicketsWhere(viewer)] }, select: { id: true, subject: true } });
  return ticket ? `#${ticket.id} ${ticket.subject}` : null;
}
