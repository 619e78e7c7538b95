import "server-only";
import { db } from "@/lib/db";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { getPortalSettings } from "@/lib/settings/queries";
import { portalModulesFor } from "@/lib/portal/modules";
import type { Prisma } from "@/generated/prisma-sqlite/client";

export type ChatViewer = Pick<Viewer, "id" | "role" | "name">;

/**
 * Whether chat is on for this person: for staff, the portal's switch; for anyone else, the
 * switch and their own Portal-tab option. Off answers like a conversation that does not exist.
 */
export async function chatOnFor(viewer: Pick<Viewer, "id" | "role">): Promise<boolean> {
  if (isStaff(viewer)) return (await getPortalSettings()).chatEnabled;
  return (await portalModulesFor(viewer.id)).chat;
}

/** Which conversations a viewer may open: staff all of them, anyone else their own. */
export function visibleConversationsWhere(viewer: Pick<Viewer, "id" | "role">): Prisma.ChatConversationWhereInput {
  return isStaff(viewer) ? {} : { requesterId: viewer.id };
}

/** Which messages a viewer may read: internal notes are for staff only. */
export function visibleChatMessagesWhere(viewer: Pick<Viewer, "role">): Prisma.ChatMessageWhereInput {
  return isStaff(viewer) ? {} : { kind: { not: "INTERNAL" } };
}

/**
 * Re-checked by an open stream: the session row still exists and has not expired, the account
 * still has portal access, chat is still on for it and the conversation (if any) is still visible.
 * Read from the database, so that a change made on another instance is seen too.
 */
export async function streamStillAllowed(viewer: Pick<Viewer, "id" | "role" | "sessionId">, conversationId: string | null): Promise<boolean> {
  const session = await db.authSession.findUnique({
    where: { id: viewer.sessionId },
    select: { expiresAt: true, user: { select: { portalAccess: true, role: true } } },
  });
  if (!session || session.expiresAt < new Date() || !session.user.portalAccess || session.user.role !== viewer.role) return false;
  // Not the cached helpers: a stream lives for hours and must see today's switches.
  const [settings, options] = await Promise.all([
    db.portalSettings.findUnique({ where: { id: 1 }, select: { chatEnabled: true } }),
    isStaff(viewer) ? null : db.userPortalOptions.findUnique({ where: { userId: viewer.id }, select: { showChat: true } }),
  ]);
  if (!(settings?.chatEnabled ?? true) || options?.showChat === false) return false;
  if (!conversationId) return true;
  return (await db.chatConversation.count({ where: { id: conversationId, ...visibleConversationsWhere(viewer) } })) === 1;
}
