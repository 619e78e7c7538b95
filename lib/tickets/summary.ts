import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";

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
