import "server-only";
import { db } from "@/lib/db";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { audit } from "@/lib/audit/log";
import { visibleTicketsWhere } from "./access";
import { notifyRequester } from "./notify";
import { announceTicketChanges } from "./events";
import { bulkUpdateSchema, type BulkUpdateInput } from "./queue-schema";

type ViewerLike = Pick<Viewer, "id" | "role">;

/**
 * One change (assignee, status or priority) applied by an agent to up to BULK_MAX tickets from the queue.
 * Tickets the viewer may not see, and those already as asked, are left alone; each changed ticket
 * gets its history event and version bump as in updateTicket, and its requester the status email.
 */
export async function bulkUpdateTickets(viewer: ViewerLike, input: BulkUpdateInput): Promise<ActionResult<{ updated: number }>> {
  if (!isStaff(viewer)) return fail("errors.notFound");
  const parsed = bulkUpdateSchema.safeParse(input);
  if (!parsed.success) {
    // The form has one message: the first rule broken (too many tickets, none, an unknown change).
    const first = parsed.error.issues[0]?.message;
    return invalid(parsed.error, first?.startsWith("errors.") ? first : "errors.invalid");
  }
  const { ids, change } = parsed.data;
  if (change.kind === "assign" && change.assigneeId) {
    const agent = await db.user.findFirst({ where: { id: change.assigneeId, role: { in: ["AGENT", "ADMIN"] } }, select: { id: true } });
    if (!agent) return fail("errors.assigneeUnknown");
  }
  const field = change.kind === "assign" ? "assigneeId" : change.kind;
  const to = change.kind === "assign" ? change.assigneeId : change.kind === "status" ? change.status : change.priority;

  const changed = await db.$transaction(async (tx) => {
    const tickets = await tx.ticket.findMany({
      where: { AND: [{ id: { in: ids } }, visibleTicketsWhere(viewer)] },
      select: { id: true, status: true, priority: true, assigneeId: true },
    });
    const now = new Date();
    const done: number[] = [];
    for (const ticket of tickets) {
      const from = ticket[field];
      if (from === to) continue;
      // Conditional on the value read, so that a concurrent change is not recorded as ours.
      const updated = await tx.ticket.updateMany({
        where: { id: ticket.id, [field]: from },
        data:
          change.kind === "assign"
            ? { assigneeId: change.assigneeId, version: { increment: 1 } }
            : change.kind === "priority"
              ? { priority: change.priority, version: { increment: 1 } }
              : {
                status: change.status,
                version: { increment: 1 },
                resolvedAt: change.status === "RESOLVED" ? now : null,
                closedAt: change.status === "CLOSED" ? now : null,
              },
      });
      if (updated.count === 0) continue;
      await tx.ticketEvent.create({
        data: { ticketId: ticket.id, actorId: viewer.id, type: { assign: "ASSIGNEE", status: "STATUS", priority: "PRIORITY" }[change.kind], fromValue: from, toValue: to },
      });
      done.push(ticket.id);
    }
    if (done.length > 0) {
      await audit(tx, { actorId: viewer.id, action: "tickets.bulkUpdate", targetType: "Ticket", targetId: done.join(","), data: { ids: done, [field]: to } });
    }
    return done;
  });
  announceTicketChanges(changed);
  if (change.kind === "status") {
    for (const ticketId of changed) await notifyRequester(ticketId, viewer.id, { kind: "status", status: change.status });
  }
  return ok({ updated: changed.length });
}
