import "server-only";
import { db } from "@/lib/db";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { visibleTicketsWhere } from "./access";
import { ticketIdSchema } from "./schema";

type ViewerLike = Pick<Viewer, "id" | "role">;

/** How long a heartbeat keeps an agent "viewing": a few missed beats, then they are gone. */
export const PRESENCE_TTL_MS = 40_000;

export type TicketPulse = {
  version: number;
  others: { name: string; viewing: boolean; replied: boolean }[];
};

/**
 * The console ticket page's heartbeat: records that the agent has the ticket open and answers with
 * the ticket's version (the page re-reads when it moved) and the other agents who are viewing it
 * or have written on it since `since`. Null for a non-agent or a ticket they may not see.
 */
export async function ticketPulse(viewer: ViewerLike, rawId: unknown, since: Date): Promise<TicketPulse | null> {
  if (!isStaff(viewer)) return null;
  const id = ticketIdSchema.safeParse(rawId);
  if (!id.success) return null;
  const ticket = await db.ticket.findFirst({ where: { id: id.data, ...visibleTicketsWhere(viewer) }, select: { id: true, version: true } });
  if (!ticket) return null;
  const now = new Date();
  await db.ticketPresence.upsert({
    where: { ticketId_userId: { ticketId: ticket.id, userId: viewer.id } },
    create: { ticketId: ticket.id, userId: viewer.id, seenAt: now },
    update: { seenAt: now },
  });
  const [viewing, writers] = await Promise.all([
    db.ticketPresence.findMany({
      where: { ticketId: ticket.id, userId: { not: viewer.id }, seenAt: { gte: new Date(now.getTime() - PRESENCE_TTL_MS) } },
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

/** The agent closed the ticket page: they stop showing as viewing at once. */
export async function leaveTicket(viewer: ViewerLike, rawId: unknown): Promise<void> {
  const id = ticketIdSchema.safeParse(rawId);
  if (!id.success || !isStaff(viewer)) return;
  await db.ticketPresence.deleteMany({ where: { ticketId: id.data, userId: viewer.id } });
}
