import "server-only";
import { db } from "@/lib/db";
import { getPortalSettings } from "@/lib/settings/queries";
import { announceTicketChanges } from "./events";

const DAY_MS = 24 * 60 * 60 * 1000;
// Small enough that one chunk's transaction is brief on SQLite, whose driver blocks the process.
export const AUTO_CLOSE_CHUNK = 100;

const yieldToServer = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Closes the tickets resolved at least PortalSettings.autoCloseDays ago (0: never; `options` may
 * say otherwise), recording the change as the system's (an event without actor). Works in chunks
 * of AUTO_CLOSE_CHUNK: one conditional update per chunk, so a requester who reopens a ticket in
 * the meantime wins; between chunks the server gets to answer requests. `onClosed` gets each
 * chunk's ids after it committed (the job queues the requesters' emails there). Returns the ids.
 */
export async function closeResolvedTickets(
  now: Date = new Date(),
  options: { autoCloseDays?: number; onClosed?: (ids: number[]) => Promise<void> } = {},
): Promise<number[]> {
  const autoCloseDays = options.autoCloseDays ?? (await getPortalSettings()).autoCloseDays;
  if (autoCloseDays <= 0) return [];
  const cutoff = new Date(now.getTime() - autoCloseDays * DAY_MS);
  const due = { status: "RESOLVED" as const, resolvedAt: { lte: cutoff } };
  const closed: number[] = [];
  let after = 0;
  for (;;) {
    const chunk = await db.ticket.findMany({ where: { ...due, id: { gt: after } }, select: { id: true }, orderBy: { id: "asc" }, take: AUTO_CLOSE_CHUNK });
    if (chunk.length === 0) break;
    after = chunk[chunk.length - 1].id;
    const ids = await db.$transaction(async (tx) => {
      const updated = await tx.ticket.updateManyAndReturn({
        where: { ...due, id: { in: chunk.map((t) => t.id) } },
        data: { status: "CLOSED", closedAt: now, version: { increment: 1 } },
        select: { id: true },
      });
      await tx.ticketEvent.createMany({
        data: updated.map(({ id }) => ({ ticketId: id, actorId: null, type: "STATUS" as const, fromValue: "RESOLVED", toValue: "CLOSED", createdAt: now })),
      });
      return updated.map(({ id }) => id);
    });
    if (ids.length > 0) {
      closed.push(...ids);
      announceTicketChanges(ids);
      await options.onClosed?.(ids);
    }
    await yieldToServer();
  }
  return closed;
}
