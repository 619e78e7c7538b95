import "server-only";
import { db } from "@/lib/db";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import type { Prisma } from "@/generated/prisma-sqlite/client";
import { chatOnFor, visibleChatMessagesWhere, visibleConversationsWhere } from "./access";
import { AGENT_SEEN_WITHIN_MS, CHAT_HISTORY, CHAT_PAGE_SIZE, chatAttachmentIdSchema, chatEventSchema, consoleQuerySchema, conversationIdSchema, type ChatEvent } from "./schema";

// Reads of the chat, each scoped to the viewer. A conversation the viewer may not see is null,
// exactly like one that does not exist.

type ViewerLike = Pick<Viewer, "id" | "role">;

const messageSelect = {
  id: true, seq: true, kind: true, body: true, createdAt: true, authorId: true,
  author: { select: { name: true, role: true } },
  attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, size: true } },
} satisfies Prisma.ChatMessageSelect;
type MessageRow = Prisma.ChatMessageGetPayload<{ select: typeof messageSelect }>;

/** A message as a screen or a stream shows it: who wrote it is said from the viewer's side. */
export type ChatMessageItem = {
  seq: number;
  kind: "PUBLIC" | "INTERNAL" | "EVENT";
  body: string;
  event: ChatEvent | null;
  createdAt: string;
  authorName: string | null;
  fromSupport: boolean;
  mine: boolean;
  attachments: { id: string; fileName: string; size: number }[];
};

function toItem(viewer: ViewerLike, row: MessageRow): ChatMessageItem {
  let event: ChatEvent | null = null;
  if (row.kind === "EVENT") {
    try {
      event = chatEventSchema.parse(JSON.parse(row.body));
    } catch {
      event = null;
    }
  }
  return {
    seq: row.seq,
    kind: row.kind,
    body: row.kind === "EVENT" ? "" : row.body,
    event,
    createdAt: row.createdAt.toISOString(),
    authorName: row.author?.name ?? null,
    fromSupport: row.author ? row.author.role !== "CUSTOMER" : true,
    mine: row.authorId === viewer.id,
    attachments: row.attachments,
  };
}

/** Whether any agent is available now (online, and their console seen lately). */
export async function supportOnline(now = new Date()): Promise<boolean> {
  const count = await db.chatAgentStatus.count({
    where: { availability: "ONLINE", lastSeenAt: { gt: new Date(now.getTime() - AGENT_SEEN_WITHIN_MS) }, user: { role: { in: ["AGENT", "ADMIN"] }, portalAccess: true } },
  });
  return count > 0;
}

/** An agent's own availability (away until they say otherwise). */
export async function myAvailability(viewer: ViewerLike): Promise<"ONLINE" | "AWAY"> {
  const row = await db.chatAgentStatus.findUnique({ where: { userId: viewer.id }, select: { availability: true } });
  return row?.availability ?? "AWAY";
}

/** The state of a conversation that changes while it is open (header, markers, buttons). */
export type ConversationState = {
  id: string;
  status: "WAITING" | "ACTIVE" | "CLOSED";
  startedOffline: boolean;
  lastSeq: number;
  assignee: { id: string; name: string } | null;
  requester: { name: string; email: string } | null;
  ticketId: number | null;
  conversionRequested: boolean;
  /** How far the other side has read: the requester for staff, support (any agent) for the requester. */
  otherReadSeq: number;
  createdAt: string;
};

const stateSelect = {
  id: true, status: true, startedOffline: true, lastSeq: true, ticketId: true, conversionRequestedAt: true, createdAt: true, requesterId: true,
  assignee: { select: { id: true, name: true } },
  requester: { select: { name: true, email: true } },
  readMarkers: { select: { userId: true, seq: true } },
} satisfies Prisma.ChatConversationSelect;

function toState(viewer: ViewerLike, row: Prisma.ChatConversationGetPayload<{ select: typeof stateSelect }>): ConversationState {
  const staff = isStaff(viewer);
  const others = row.readMarkers.filter((m) => (staff ? m.userId === row.requesterId : m.userId !== row.requesterId));
  return {
    id: row.id,
    status: row.status,
    startedOffline: row.startedOffline,
    lastSeq: row.lastSeq,
    assignee: row.assignee,
    requester: staff ? row.requester : null,
    ticketId: row.ticketId,
    conversionRequested: row.conversionRequestedAt !== null,
    otherReadSeq: Math.max(0, ...others.map((m) => m.seq)),
    createdAt: row.createdAt.toISOString(),
  };
}

/** The header state of one conversation, or null when the viewer may not see it. */
export async function getConversationState(viewer: ViewerLike, rawId: unknown): Promise<ConversationState | null> {
  const id = conversationIdSchema.safeParse(rawId);
  if (!id.success || !(await chatOnFor(viewer))) return null;
  return conversationStateInStream(viewer, id.data);
}

/**
 * The same read for an open stream, which checks the chat switches itself at every heartbeat:
 * still scoped to the conversations the viewer may see.
 */
export async function conversationStateInStream(viewer: ViewerLike, conversationId: string): Promise<ConversationState | null> {
  const row = await db.chatConversation.findFirst({ where: { id: conversationId, ...visibleConversationsWhere(viewer) }, select: stateSelect });
  return row ? toState(viewer, row) : null;
}

/** One conversation with its latest messages, or null when the viewer may not see it. */
export async function getConversation(viewer: ViewerLike, rawId: unknown) {
  const state = await getConversationState(viewer, rawId);
  if (!state) return null;
  const rows = await db.chatMessage.findMany({
    where: { conversationId: state.id, ...visibleChatMessagesWhere(viewer) },
    orderBy: { seq: "desc" },
    take: CHAT_HISTORY,
    select: messageSelect,
  });
  return { state, messages: rows.reverse().map((r) => toItem(viewer, r)) };
}
export type ConversationDetail = NonNullable<Awaited<ReturnType<typeof getConversation>>>;

/** The messages after `afterSeq` that the viewer may read, in order (what a stream sends next). */
export async function messagesAfter(viewer: ViewerLike, conversationId: string, afterSeq: number, limit = 500): Promise<ChatMessageItem[]> {
  const rows = await db.chatMessage.findMany({
    where: { conversationId, seq: { gt: afterSeq }, conversation: visibleConversationsWhere(viewer), ...visibleChatMessagesWhere(viewer) },
    orderBy: { seq: "asc" },
    take: limit,
    select: messageSelect,
  });
  return rows.map((r) => toItem(viewer, r));
}

const listSelect = {
  id: true, status: true, createdAt: true, lastMessageAt: true, lastSeq: true, lastAgentSeq: true, startedOffline: true, ticketId: true, requesterId: true,
  assignee: { select: { id: true, name: true } },
  requester: { select: { name: true } },
  messages: { where: { kind: "PUBLIC" }, orderBy: { seq: "asc" }, take: 1, select: { body: true } },
} satisfies Prisma.ChatConversationSelect;

function excerpt(text: string | undefined) {
  const t = (text ?? "").replace(/\s+/g, " ").trim();
  return t.length > 120 ? `${t.slice(0, 117)}…` : t;
}

/** A portal user's conversations, newest activity first, with an unread flag for each. */
export async function listMyConversations(viewer: ViewerLike, page = 1) {
  if (!(await chatOnFor(viewer))) return null;
  const where = { requesterId: viewer.id };
  const [total, rows] = await Promise.all([
    db.chatConversation.count({ where }),
    db.chatConversation.findMany({
      where,
      orderBy: { lastMessageAt: "desc" },
      skip: (page - 1) * CHAT_PAGE_SIZE,
      take: CHAT_PAGE_SIZE,
      select: { ...listSelect, readMarkers: { where: { userId: viewer.id }, select: { seq: true } } },
    }),
  ]);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      status: r.status,
      lastMessageAt: r.lastMessageAt.toISOString(),
      agentName: r.assignee?.name ?? null,
      excerpt: excerpt(r.messages[0]?.body),
      unread: r.lastAgentSeq > (r.readMarkers[0]?.seq ?? 0),
      ticketId: r.ticketId,
    })),
  };
}

/** How many of a portal user's conversations have an answer they have not read (the nav badge). */
export async function unreadConversationCount(viewer: ViewerLike): Promise<number> {
  const rows = await db.chatConversation.findMany({
    where: { requesterId: viewer.id, lastAgentSeq: { gt: 0 } },
    orderBy: { lastMessageAt: "desc" },
    take: 100,
    select: { lastAgentSeq: true, readMarkers: { where: { userId: viewer.id }, select: { seq: true } } },
  });
  return rows.filter((r) => r.lastAgentSeq > (r.readMarkers[0]?.seq ?? 0)).length;
}

/** The console's lists: waiting (oldest first), mine (open ones), all (newest activity first). */
export async function listConsoleConversations(viewer: ViewerLike, rawQuery: Record<string, unknown> = {}) {
  if (!isStaff(viewer) || !(await chatOnFor(viewer))) return null;
  const { view, page } = consoleQuerySchema.parse(rawQuery);
  const where: Prisma.ChatConversationWhereInput =
    view === "waiting" ? { status: "WAITING" } : view === "mine" ? { assigneeId: viewer.id, status: { not: "CLOSED" } } : {};
  const orderBy: Prisma.ChatConversationOrderByWithRelationInput = view === "waiting" ? { createdAt: "asc" } : { lastMessageAt: "desc" };
  const [total, rows, counts] = await Promise.all([
    db.chatConversation.count({ where }),
    db.chatConversation.findMany({
      where,
      orderBy,
      skip: (page - 1) * CHAT_PAGE_SIZE,
      take: CHAT_PAGE_SIZE,
      select: { ...listSelect, readMarkers: { where: { userId: viewer.id }, select: { seq: true } } },
    }),
    consoleCounts(viewer),
  ]);
  return {
    view,
    page,
    total,
    counts,
    items: rows.map((r) => ({
      id: r.id,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      lastMessageAt: r.lastMessageAt.toISOString(),
      requesterName: r.requester.name,
      agent: r.assignee,
      excerpt: excerpt(r.messages[0]?.body),
      startedOffline: r.startedOffline,
      waitedMinutes: Math.max(0, Math.floor((Date.now() - r.createdAt.getTime()) / 60_000)),
      unread: r.lastSeq > (r.readMarkers[0]?.seq ?? 0),
      ticketId: r.ticketId,
    })),
  };
}

/** Waiting and mine counts for the console's tabs and title. */
export async function consoleCounts(viewer: ViewerLike) {
  const [waiting, mine] = await Promise.all([
    db.chatConversation.count({ where: { status: "WAITING" } }),
    db.chatConversation.count({ where: { assigneeId: viewer.id, status: { not: "CLOSED" } } }),
  ]);
  return { waiting, mine };
}

/** Agents a conversation can be transferred to. */
export async function listChatAgents() {
  return db.user.findMany({
    where: { role: { in: ["AGENT", "ADMIN"] }, portalAccess: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, chatAvailability: { select: { availability: true } } },
  });
}

/**
 * A chat attachment the viewer may download: its conversation is visible to them, chat is on for
 * them and, for a requester, it does not belong to an internal note. Null otherwise.
 */
export async function getChatAttachmentForDownload(viewer: ViewerLike, rawId: unknown) {
  const id = chatAttachmentIdSchema.safeParse(rawId);
  if (!id.success || !(await chatOnFor(viewer))) return null;
  return db.chatAttachment.findFirst({
    where: { id: id.data, conversation: visibleConversationsWhere(viewer), message: visibleChatMessagesWhere(viewer) },
    select: { id: true, fileName: true, contentType: true, size: true, storageKey: true },
  });
}

/** The portal nav's chat entry for this viewer: null when chat is off for them (or they are staff). */
export async function chatNavFor(viewer: ViewerLike): Promise<{ unread: number } | null> {
  if (isStaff(viewer) || !(await chatOnFor(viewer))) return null;
  return { unread: await unreadConversationCount(viewer) };
}

/** Active ticket categories for "convert to a ticket", named in the viewer's language. */
export async function listConvertCategories(locale: string) {
  const rows = await db.ticketCategory.findMany({ where: { active: true }, orderBy: [{ sortOrder: "asc" }, { nameEn: "asc" }], select: { id: true, nameEn: true, nameEs: true } });
  return rows.map((c) => ({ id: c.id, name: locale === "es" ? c.nameEs : c.nameEn }));
}

/** The conversation a ticket was made from, for staff (the ticket page's link back). */
export async function chatOfTicket(viewer: ViewerLike, ticketId: number) {
  if (!isStaff(viewer)) return null;
  // Every console ticket view asks: plain SQL, not a Prisma query compiled anew each time.
  const [chat] = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ChatConversation" WHERE "ticketId" = ${ticketId}`;
  return chat ?? null;
}
