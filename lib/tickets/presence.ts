import "server-only";
import { db } from "@/lib/db";
import { announce } from "@/lib/realtime";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { visibleTicketsWhere } from "./access";
import { ticketIdSchema } from "./schema";

type ViewerLike = Pick<Viewer, "id" | "role">;

/**
 * How long an open live stream keeps an agent "viewing" without news from it: the stream
 * refreshes it every 25 seconds (app/api/events), so a stream that died without closing stops
 * counting after a couple of missed beats.
 */
export const PRESENCE_TTL_MS = 60_000;

/** The live topic on which a ticket's viewers are announced (staff only, ids only). */
export const presenceTopic = (ticketId: number) => `presence:${ticketId}`;

export type TicketPulse = {
  version: number;
  others: { name: string; viewing: boolean; replied: boolean }[];
};

/**
 * Who else is on the console ticket page: the other agents viewing it now, or who have written on
 * it since `since` (when the page was drawn), with the ticket's version. A read; the page's live
 * stream records the viewer's own presence (markViewing). Null for a non-agent or a ticket they may
 * not see.
 */
export async function ticketPulse(viewer: ViewerLike, rawId: unknown, since: Date): Promise<TicketPulse | null> {
  if (!isStaff(viewer)) return null;
  const id = ticketIdSchema.safeParse(rawId);
  if (!id.success) return null;
  const ticket = await db.ticket.findFirst({ where: { id: id.data, ...visibleTicketsWhere(viewer) }, select: { id: true, version: true } });
  if (!ticket) return null;
  const [viewing, writers] = await Promise.all([
    db.ticketPresence.findMany({
      where: { ticketId: ticket.id, userId: { not: viewer.id }, viewingAt: { gte: new Date(Date.now() - PRESENCE_TTL_MS) } },
      select: { user: { select: { id: true, name: true } } },
    }),
    db.ticketMessage.findMany({
      where: { ticketId: ticket.id, authorId: { not: viewer.id }, author: { role: { in: ["AGENT", "ADMIN"] } }, createdAt: { gt: since } },
      distinct: ["authorId"],
      select: { author: { select: { id: true, name: true } } },
    }),
  ]);
  const others = new Map<string, TicketPulse["others"][number]>();
  for (const v of viewing) others.set(v.user.id, { name: v.user.name, viewing: true, replied: false });
  for (const w of writers) others.set(w.author.id, { name: w.author.name, viewing: others.has(w.author.id), replied: true });
  return { version: ticket.version, others: [...others.values()].sort((a, b) => a.name.localeCompare(b.name)) };
}

/**
 * The agent has the ticket open (its live stream opened, or beat again): they are viewing it and
 * have seen it up to now. The other viewers are told when they were not viewing it before.
 * Callers have checked that the agent may see the ticket (authorizeTopics).
 */
export async function markViewing(viewer: ViewerLike, ticketId: number): Promise<void> {
  if (!isStaff(viewer)) return;
  const now = new Date();
  const stillViewing = await db.ticketPresence.updateMany({
    where: { ticketId, userId: viewer.id, viewingAt: { gte: new Date(now.getTime() - PRESENCE_TTL_MS) } },
    data: { seenAt: now, viewingAt: now },
  });
  if (stillViewing.count > 0) return;
  await db.ticketPresence.upsert({
    where: { ticketId_userId: { ticketId, userId: viewer.id } },
    create: { ticketId, userId: viewer.id, seenAt: now, viewingAt: now },
    update: { seenAt: now, viewingAt: now },
  });
  announce(presenceTopic(ticketId), { type: "presence.changed", ticketId });
}

/**
 * The agent closed the ticket page (its stream ended): no longer viewing. Seen stays at the last
 * beat: a stream noticed closed late must not pass for having seen what came after.
 */
export async function leaveTicket(viewer: ViewerLike, ticketId: number): Promise<void> {
  if (!isStaff(viewer)) return;
  const left = await db.ticketPresence.updateMany({ where: { ticketId, userId: viewer.id, viewingAt: { not: null } }, data: { viewingAt: null } });
  if (left.count > 0) announce(presenceTopic(ticketId), { type: "presence.changed", ticketId });
}
