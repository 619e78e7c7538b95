import "server-only";
import { announce } from "@/lib/realtime";

// Live events for ticket screens, published after the change committed. They carry the ticket's
// id only: an open ticket page and the console queue re-read through their own authorized queries.

export function announceTicketChange(ticketId: number) {
  announce(`ticket:${ticketId}`, { type: "ticket.updated", ticketId });
  announce("queue", { type: "ticket.updated", ticketId });
}

/** Many tickets at once (bulk changes, auto-close): one queue event for all of them. */
export function announceTicketChanges(ticketIds: number[]) {
  for (const ticketId of ticketIds) announce(`ticket:${ticketId}`, { type: "ticket.updated", ticketId });
  if (ticketIds.length > 0) announce("queue", { type: "tickets.updated", count: ticketIds.length });
}
