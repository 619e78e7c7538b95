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

// The global switch as streams re-check it: read at most every few seconds per process, shared by
// every open stream (hundreds of them would otherwise each read the same row at each heartbeat).
const SWITCH_TTL_MS = 5_000;
const globalForSwitch = globalThis as unknown as { portico_chatSwitch?: { at: number; on: Promise<boolean> } };
function chatSwitchOn(): Promise<boolean> {
  const cached = globalForSwitch.portico_chatSwitch;
  if (cached && Date.now() - cached.at < SWITCH_TTL_MS) return cached.on;
  const on = db.portalSettings.findUnique({ where: { id: 1 }, select: { chatEnabled: true } }).then((s) => s?.chatEnabled ?? true);
  globalForSwitch.portico_chatSwitch = { at: Date.now(), on };
  return on;
}

/**
 * Re-checked by an open stream: the session row still exists and has not expired, the account
 * still has portal access, chat is still on for it and the conversation (if any) is still visible.
 * Read from the database (not the per-request caches), so that a change made on another instance
 * is seen too.
 */
export async function streamStillAllowed(viewer: Pick<Viewer, "id" | "role" | "sessionId">, conversationId: string | null): Promise<boolean> {
  // One read (one query on PostgreSQL, where relations are joined): the session, its user's
  // access and chat option, and whether the conversation is still theirs.
  const [session, switchOn] = await Promise.all([
    db.authSession.findUnique({
      where: { id: viewer.sessionId },
      select: {
        expiresAt: true,
        user: {
          select: {
            portalAccess: true, role: true,
            portalOptions: { select: { showChat: true } },
            // The stream's conversation among the ones they started (no conversation: matches none).
            chats: { where: { id: conversationId ?? "" }, select: { id: true } },
          },
        },
      },
    }),
    chatSwitchOn(),
  ]);
  if (!session || session.expiresAt < new Date() || !session.user.portalAccess || session.user.role !== viewer.role || !switchOn) return false;
  if (isStaff(viewer)) return true;
  if (session.user.portalOptions?.showChat === false) return false;
  return conversationId === null || session.user.chats.length === 1;
}
