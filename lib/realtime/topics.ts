import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { visibleTicketsWhere } from "@/lib/tickets/access";

// Which live topics a browser may listen to (app/api/events). Events carry ids only, but even the
// fact that a ticket changed is for those who may see the ticket.

type ViewerLike = Pick<Viewer, "id" | "role">;

export const MAX_TOPICS = 5;
const topicSchema = z.string().regex(/^(queue|(ticket|presence):[1-9][0-9]{0,9}|notifications:[A-Za-z0-9_-]{1,64})$/);
export const topicsSchema = z.array(topicSchema).min(1).max(MAX_TOPICS);

/** The topics if the viewer may listen to every one of them, else null. */
export async function authorizeTopics(viewer: ViewerLike, raw: unknown): Promise<string[] | null> {
  const parsed = topicsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const topics = [...new Set(parsed.data)];
  for (const topic of topics) {
    if (topic === "queue") {
      if (!isStaff(viewer)) return null;
      continue;
    }
    // A person's bell: their own, and only staff have one.
    if (topic.startsWith("notifications:")) {
      if (!isStaff(viewer) || topic !== `notifications:${viewer.id}`) return null;
      continue;
    }
    // Who is viewing a ticket: for the agents who may see it, never for its requester.
    if (topic.startsWith("presence:") && !isStaff(viewer)) return null;
    const id = Number(topic.slice(topic.indexOf(":") + 1));
    const visible = await db.ticket.findFirst({ where: { AND: [{ id }, visibleTicketsWhere(viewer)] }, select: { id: true } });
    if (!visible) return null;
  }
  return topics;
}

/** Whether the session the stream was opened with still stands (checked while it stays open). */
export async function sessionStillValid(sessionId: string): Promise<boolean> {
  const row = await db.authSession.findUnique({ where: { id: sessionId }, select: { expiresAt: true, user: { select: { portalAccess: true } } } });
  return !!row && row.expiresAt > new Date() && row.user.portalAccess;
}
