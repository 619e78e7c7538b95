import "server-only";
import { db } from "@/lib/db";
import { clearSharedCounters, consumePoint, sharedLimiter, type SharedLimiter } from "@/lib/rate-limit";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import type { ChatStatus } from "@/generated/prisma-sqlite/enums";
import { audit } from "@/lib/audit/log";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import { publishAll, type RealtimeEvent } from "@/lib/realtime";
import { enqueueJob } from "@/lib/jobs";
import { fillPlaceholders } from "@/lib/canned/placeholders";
import { cannedIdSchema } from "@/lib/canned/schema";
import { discardUploads, storeUploads, type IncomingFile, type StoredFile } from "@/lib/tickets/attachments";
import { fileStorage, type FileStorage } from "@/lib/storage";
import { getPortalSettings } from "@/lib/settings/queries";
import { chatOnFor, visibleConversationsWhere, type ChatViewer } from "./access";
import { supportOnline } from "./queries";
import { unreadEmailJob } from "./jobs";
import {
  CHAT_POST_LIMIT,
  availabilitySchema,
  conversationIdSchema,
  convertSchema,
  postSchema,
  readSchema,
  startSchema,
  transferSchema,
  type ChatEvent,
  type ConvertInput,
  type PostInput,
  type StartInput,
} from "./schema";

// The rules of the chat. Each function takes the viewer and checks their rights itself; a
// conversation the viewer may not see (or chat switched off for them) answers "errors.notFound",
// exactly as an unknown id. Messages are written first, then announced through lib/realtime with
// ids only: every listener reads the rows back through its own authorized query.

export type Uploads = { files?: IncomingFile[]; storage?: FileStorage };

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

const POST_LIMIT_PREFIX = "chat-post";
// Counted in the table every instance shares (lib/rate-limit); one limiter object per process.
const globalForChat = globalThis as unknown as { portico_chatPostLimiter?: SharedLimiter };
const postLimiter = () => (globalForChat.portico_chatPostLimiter ??= sharedLimiter({ keyPrefix: POST_LIMIT_PREFIX, ...CHAT_POST_LIMIT }));

/** Forgets every posting counter; for tests. */
export async function resetChatThrottle() {
  globalForChat.portico_chatPostLimiter = undefined;
  await clearSharedCounters(POST_LIMIT_PREFIX);
}

const allowPost = (viewer: Pick<Viewer, "id">) => consumePoint(postLimiter(), viewer.id);

/** Announces changes once they are committed (one NOTIFY for all); a fan-out fault never undoes what was saved. */
async function announce(events: [topic: string, event: RealtimeEvent][]) {
  await publishAll(events).catch((error) => console.error(`chat: publish to ${events.map(([topic]) => topic).join(", ")} failed`, error));
}

/**
 * Takes the conversation's next sequence number (and, for a support answer, records it as the last
 * one). The row stays locked until the transaction ends. One statement: every SET reads the row as
 * it was before the update, so `"lastSeq" + 1` is the new number in both columns.
 */
async function nextSeq(tx: Tx, conversationId: string, { agentAnswer = false } = {}): Promise<{ lastSeq: number; status: ChatStatus }> {
  const now = new Date();
  const [row] = await tx.$queryRaw<{ lastSeq: number | bigint; status: ChatStatus }[]>`
    UPDATE "ChatConversation"
    SET "lastSeq" = "lastSeq" + 1, "lastMessageAt" = ${now}, "updatedAt" = ${now},
        "lastAgentSeq" = CASE WHEN ${agentAnswer} THEN "lastSeq" + 1 ELSE "lastAgentSeq" END
    WHERE "id" = ${conversationId}
    RETURNING "lastSeq", "status"`;
  if (!row) throw new Error(`chat: conversation ${conversationId} is gone`);
  return { lastSeq: Number(row.lastSeq), status: row.status };
}

async function writeEvent(tx: Tx, conversationId: string, actorId: string | null, event: ChatEvent) {
  const { lastSeq } = await nextSeq(tx, conversationId);
  await tx.chatMessage.create({ data: { conversationId, seq: lastSeq, authorId: actorId, kind: "EVENT", body: JSON.stringify(event) } });
  return lastSeq;
}

async function markReadTx(tx: Tx, conversationId: string, userId: string, seq: number) {
  await tx.chatReadMarker.upsert({
    where: { conversationId_userId: { conversationId, userId } },
    update: { seq },
    create: { conversationId, userId, seq },
  });
}

/** Stores the files first; if the records cannot be written, the files go too. */
async function withUploads<T>(uploads: Uploads, write: (files: StoredFile[]) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const stored = await storeUploads(uploads.files ?? [], uploads.storage);
  if (!stored.ok) return stored;
  try {
    const result = await write(stored.data);
    if (!result.ok) await discardUploads(stored.data, uploads.storage);
    return result;
  } catch (error) {
    await discardUploads(stored.data, uploads.storage);
    throw error;
  }
}

const changed = (conversationId: string, requesterId: string): [string, RealtimeEvent][] => [
  [`chat:${conversationId}`, { type: "chat.changed", conversationId }],
  ["chat:agents", { type: "chat.changed", conversationId }],
  [`user:${requesterId}`, { type: "chat.changed", conversationId }],
];

/**
 * A portal user starts a conversation with a first message (and files). When no agent is online it
 * is marked as started offline: the user was told to expect the answer here and by email.
 */
export async function startConversation(viewer: ChatViewer, input: StartInput, uploads: Uploads = {}): Promise<ActionResult<{ id: string; offline: boolean }>> {
  if (isStaff(viewer) || !(await chatOnFor(viewer))) return fail("errors.notFound");
  const parsed = startSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  if (!(await allowPost(viewer))) return fail("errors.tooFast");
  const offline = !(await supportOnline());
  const result = await withUploads(uploads, (files) =>
    db.$transaction(async (tx) => {
      const conversation = await tx.chatConversation.create({
        data: { requesterId: viewer.id, startedOffline: offline, lastSeq: 1, lastMessageAt: new Date() },
        select: { id: true },
      });
      const message = await tx.chatMessage.create({
        data: { conversationId: conversation.id, seq: 1, authorId: viewer.id, body: parsed.data.body },
        select: { id: true },
      });
      if (files.length > 0) {
        await tx.chatAttachment.createMany({ data: files.map((f) => ({ ...f, conversationId: conversation.id, messageId: message.id, uploadedById: viewer.id })) });
      }
      await markReadTx(tx, conversation.id, viewer.id, 1);
      return ok({ id: conversation.id, offline });
    }),
  );
  if (result.ok) {
    await announce([
      ["chat:agents", { type: "chat.waiting", conversationId: result.data.id }],
      [`user:${viewer.id}`, { type: "chat.changed", conversationId: result.data.id }],
    ]);
  }
  return result;
}

/**
 * A message in a conversation. The requester writes public messages; staff write public messages
 * or internal notes, and a public answer to a waiting conversation takes it on. An answer the
 * requester has not read after the portal's delay is emailed to them.
 */
export async function postMessage(viewer: ChatViewer, input: PostInput, uploads: Uploads = {}): Promise<ActionResult<{ seq: number }>> {
  const id = conversationIdSchema.safeParse(input.conversationId);
  if (!id.success || !(await chatOnFor(viewer))) return fail("errors.notFound");
  const conversation = await db.chatConversation.findFirst({
    where: { id: id.data, ...visibleConversationsWhere(viewer) },
    select: { id: true, status: true, requesterId: true, assigneeId: true },
  });
  if (!conversation) return fail("errors.notFound");
  const staff = isStaff(viewer);
  // Posting as an agent (an internal note) is refused to anyone else, and says so.
  if (!staff && input.internal) return fail("errors.notAllowed");
  const parsed = postSchema.safeParse({ ...input, conversationId: id.data });
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  if (conversation.status === "CLOSED") return fail("errors.closed");
  if (!(await allowPost(viewer))) return fail("errors.tooFast");
  const internal = staff && parsed.data.internal;
  const takesOn = staff && !internal && conversation.status === "WAITING";
  const result = await withUploads(uploads, (files) =>
    db.$transaction(async (tx) => {
      if (takesOn) {
        const taken = await tx.chatConversation.updateMany({
          where: { id: conversation.id, status: "WAITING" },
          data: { status: "ACTIVE", assigneeId: viewer.id, acceptedAt: new Date() },
        });
        if (taken.count === 1) await writeEvent(tx, conversation.id, viewer.id, { event: "joined", name: viewer.name });
      }
      const { lastSeq: seq, status } = await nextSeq(tx, conversation.id, { agentAnswer: staff && !internal });
      if (status === "CLOSED") return fail("errors.closed");
      const message = await tx.chatMessage.create({
        data: { conversationId: conversation.id, seq, authorId: viewer.id, kind: internal ? "INTERNAL" : "PUBLIC", body: parsed.data.body },
        select: { id: true },
      });
      if (files.length > 0) {
        await tx.chatAttachment.createMany({ data: files.map((f) => ({ ...f, conversationId: conversation.id, messageId: message.id, uploadedById: viewer.id })) });
      }
      await markReadTx(tx, conversation.id, viewer.id, seq);
      return ok({ seq });
    }),
  );
  if (!result.ok) return result;
  // Lists refresh where they show this conversation: the requester's, its agent's (all agents'
  // when it was waiting or has just been taken: it leaves the waiting list).
  const listed = (takesOn || !conversation.assigneeId ? ["chat:agents"] : conversation.assigneeId !== viewer.id ? [`user:${conversation.assigneeId}`] : [])
    .concat(internal || conversation.requesterId === viewer.id ? [] : [`user:${conversation.requesterId}`]);
  await announce([
    [`chat:${conversation.id}`, { type: "chat.message", conversationId: conversation.id, seq: result.data.seq }],
    ...listed.map((topic): [string, RealtimeEvent] => [topic, { type: "chat.changed", conversationId: conversation.id }]),
  ]);
  if (staff && !internal) {
    const { chatEmailDelayMinutes } = await getPortalSettings();
    await enqueueJob(unreadEmailJob, { conversationId: conversation.id }, {
      runAt: new Date(Date.now() + chatEmailDelayMinutes * 60_000),
      singletonKey: conversation.id,
    });
  }
  return result;
}

/** An agent takes a waiting conversation; the first one wins, the others are told it is taken. */
export async function acceptConversation(viewer: ChatViewer, rawId: unknown): Promise<ActionResult> {
  const id = conversationIdSchema.safeParse(rawId);
  if (!isStaff(viewer) || !id.success || !(await chatOnFor(viewer))) return fail("errors.notFound");
  const conversation = await db.chatConversation.findUnique({ where: { id: id.data }, select: { id: true, requesterId: true } });
  if (!conversation) return fail("errors.notFound");
  const taken = await db.$transaction(async (tx) => {
    const update = await tx.chatConversation.updateMany({
      where: { id: conversation.id, status: "WAITING" },
      data: { status: "ACTIVE", assigneeId: viewer.id, acceptedAt: new Date() },
    });
    if (update.count === 0) return false;
    await writeEvent(tx, conversation.id, viewer.id, { event: "joined", name: viewer.name });
    return true;
  });
  if (!taken) return fail("errors.alreadyTaken");
  await announce(changed(conversation.id, conversation.requesterId).concat([[`chat:${conversation.id}`, { type: "chat.message", conversationId: conversation.id, seq: 0 }]]));
  return ok(undefined);
}

/** Staff hand an open conversation to another agent or admin. */
export async function transferConversation(viewer: ChatViewer, input: { conversationId: unknown; agentId: unknown }): Promise<ActionResult> {
  if (!isStaff(viewer) || !(await chatOnFor(viewer))) return fail("errors.notFound");
  const parsed = transferSchema.safeParse(input);
  if (!parsed.success) return parsed.error.issues.some((i) => i.path[0] === "conversationId") ? fail("errors.notFound") : invalid(parsed.error, "errors.invalid");
  const [conversation, agent] = await Promise.all([
    db.chatConversation.findUnique({ where: { id: parsed.data.conversationId }, select: { id: true, requesterId: true, status: true, assigneeId: true } }),
    db.user.findFirst({ where: { id: parsed.data.agentId, role: { in: ["AGENT", "ADMIN"] }, portalAccess: true }, select: { id: true, name: true } }),
  ]);
  if (!conversation) return fail("errors.notFound");
  if (!agent) return fail("errors.invalid", { agentId: ["errors.agentRequired"] });
  if (conversation.status === "CLOSED") return fail("errors.closed");
  if (conversation.assigneeId === agent.id) return ok(undefined);
  await db.$transaction(async (tx) => {
    await tx.chatConversation.update({ where: { id: conversation.id }, data: { assigneeId: agent.id, status: "ACTIVE", acceptedAt: new Date() } });
    await writeEvent(tx, conversation.id, viewer.id, { event: "transferred", name: agent.name });
    await audit(tx, { actorId: viewer.id, action: "chat.transfer", targetType: "ChatConversation", targetId: conversation.id, data: { from: conversation.assigneeId, to: agent.id } });
  });
  await announce(changed(conversation.id, conversation.requesterId).concat([
    [`chat:${conversation.id}`, { type: "chat.message", conversationId: conversation.id, seq: 0 }],
    [`user:${agent.id}`, { type: "chat.assigned", conversationId: conversation.id }],
  ]));
  return ok(undefined);
}

/** The requester or staff close a conversation; the transcript stays. */
export async function closeConversation(viewer: ChatViewer, rawId: unknown): Promise<ActionResult> {
  const id = conversationIdSchema.safeParse(rawId);
  if (!id.success || !(await chatOnFor(viewer))) return fail("errors.notFound");
  const conversation = await db.chatConversation.findFirst({ where: { id: id.data, ...visibleConversationsWhere(viewer) }, select: { id: true, requesterId: true, status: true } });
  if (!conversation) return fail("errors.notFound");
  if (conversation.status === "CLOSED") return ok(undefined);
  await db.$transaction(async (tx) => {
    await tx.chatConversation.update({ where: { id: conversation.id }, data: { status: "CLOSED", closedAt: new Date() } });
    await writeEvent(tx, conversation.id, viewer.id, { event: "closed", name: viewer.name });
  });
  await announce(changed(conversation.id, conversation.requesterId).concat([[`chat:${conversation.id}`, { type: "chat.message", conversationId: conversation.id, seq: 0 }]]));
  return ok(undefined);
}

/** The requester asks for the conversation to become a ticket; an agent does it. */
export async function requestTicket(viewer: ChatViewer, rawId: unknown): Promise<ActionResult> {
  const id = conversationIdSchema.safeParse(rawId);
  if (!id.success || isStaff(viewer) || !(await chatOnFor(viewer))) return fail("errors.notFound");
  const conversation = await db.chatConversation.findFirst({
    where: { id: id.data, requesterId: viewer.id },
    select: { id: true, conversionRequestedAt: true, ticketId: true },
  });
  if (!conversation) return fail("errors.notFound");
  if (conversation.ticketId || conversation.conversionRequestedAt) return ok(undefined);
  await db.$transaction(async (tx) => {
    await tx.chatConversation.update({ where: { id: conversation.id }, data: { conversionRequestedAt: new Date() } });
    await writeEvent(tx, conversation.id, viewer.id, { event: "conversionRequested", name: viewer.name });
  });
  await announce(changed(conversation.id, viewer.id).concat([[`chat:${conversation.id}`, { type: "chat.message", conversationId: conversation.id, seq: 0 }]]));
  return ok(undefined);
}

type CopiedFile = StoredFile & { uploadedById: string };
type ChatTranscriptMessage = {
  authorId: string | null;
  kind: string;
  body: string;
  createdAt: Date;
  attachments: { fileName: string; storageKey: string; uploadedById: string }[];
};

/**
 * The conversation's files stored again as ticket attachments, through the same checks as any
 * upload (a ticket attachment has its own file, so that each side can be deleted alone). A file
 * that is gone or that today's rules refuse stays named in its message's text, as before.
 */
async function copyChatFiles(messages: ChatTranscriptMessage[], storage: FileStorage) {
  const copies: { authorId: string; body: string; internal: boolean; createdAt: Date; stored: CopiedFile[] }[] = [];
  try {
    for (const m of messages) {
      const stored: CopiedFile[] = [];
      const notCopied: string[] = [];
      for (const file of m.attachments) {
        const bytes = await storage.get(file.storageKey);
        const copy = bytes ? await storeUploads([{ name: file.fileName, bytes }], storage) : null;
        if (copy?.ok) stored.push({ ...copy.data[0], uploadedById: file.uploadedById });
        else notCopied.push(file.fileName);
      }
      const body = notCopied.length ? `${m.body}\n\n${notCopied.map((name) => `[${name}]`).join("\n")}` : m.body;
      copies.push({ authorId: m.authorId!, body, internal: m.kind === "INTERNAL", createdAt: m.createdAt, stored });
    }
  } catch (error) {
    await discardUploads(copies.flatMap((m) => m.stored), storage);
    throw error;
  }
  return copies;
}

/**
 * Staff turn a conversation into a ticket for its requester: the transcript (public messages and
 * internal notes, as they were) becomes the ticket's history, and both link to each other.
 */
export async function convertToTicket(viewer: ChatViewer, input: ConvertInput, storage: FileStorage = fileStorage()): Promise<ActionResult<{ ticketId: number }>> {
  if (!isStaff(viewer) || !(await chatOnFor(viewer))) return fail("errors.notFound");
  const id = conversationIdSchema.safeParse(input.conversationId);
  if (!id.success) return fail("errors.notFound");
  const conversation = await db.chatConversation.findUnique({
    where: { id: id.data },
    select: {
      id: true, ticketId: true, requesterId: true,
      requester: { select: { organizationId: true } },
      messages: {
        where: { kind: { in: ["PUBLIC", "INTERNAL"] }, authorId: { not: null } },
        orderBy: { seq: "asc" },
        select: { authorId: true, kind: true, body: true, createdAt: true, attachments: { orderBy: { createdAt: "asc" }, select: { fileName: true, storageKey: true, uploadedById: true } } },
      },
    },
  });
  if (!conversation) return fail("errors.notFound");
  if (conversation.ticketId) return fail("errors.alreadyConverted");
  const parsed = convertSchema.safeParse({ ...input, conversationId: id.data });
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const category = await db.ticketCategory.findFirst({ where: { id: parsed.data.categoryId, active: true }, select: { id: true } });
  if (!category) return fail("errors.invalid", { categoryId: ["errors.categoryRequired"] });
  const copies = await copyChatFiles(conversation.messages, storage);
  const [first, ...rest] = copies;
  const ticketFiles = (stored: CopiedFile[], ticketId: number, messageId: string | null) =>
    stored.map(({ uploadedById, ...file }) => ({ ...file, ticketId, messageId, uploadedById }));
  // A ticket that is not made (another agent was first, or a fault) leaves no copied file behind.
  const copied = copies.flatMap((m) => m.stored);
  const ticketId = await db.$transaction(async (tx) => {
    // Claimed first, so that two agents converting at once make one ticket.
    const claim = await tx.chatConversation.updateMany({ where: { id: conversation.id, ticketId: null }, data: { status: "ACTIVE" } });
    if (claim.count === 0) return null;
    const ticket = await tx.ticket.create({
      data: {
        subject: parsed.data.subject,
        description: first ? first.body : parsed.data.subject,
        status: "OPEN",
        categoryId: category.id,
        requesterId: conversation.requesterId,
        organizationId: conversation.requester.organizationId,
        createdById: viewer.id,
        assigneeId: viewer.id,
        events: { create: [{ actorId: viewer.id, type: "CREATED", toValue: "OPEN" }, { actorId: viewer.id, type: "FROM_CHAT", toValue: conversation.id }] },
      },
      select: { id: true },
    });
    if (first?.stored.length) await tx.attachment.createMany({ data: ticketFiles(first.stored, ticket.id, null) });
    // One by one, so that the transcript keeps its order (createMany gives them one timestamp).
    for (const m of rest) {
      const message = await tx.ticketMessage.create({
        data: { ticketId: ticket.id, authorId: m.authorId, body: m.body, internal: m.internal, createdAt: m.createdAt },
        select: { id: true },
      });
      if (m.stored.length) await tx.attachment.createMany({ data: ticketFiles(m.stored, ticket.id, message.id) });
    }
    await tx.chatConversation.update({ where: { id: conversation.id }, data: { ticketId: ticket.id, status: "CLOSED", closedAt: new Date() } });
    await writeEvent(tx, conversation.id, viewer.id, { event: "converted", name: viewer.name, ticketId: ticket.id });
    await audit(tx, { actorId: viewer.id, action: "chat.convert", targetType: "ChatConversation", targetId: conversation.id, data: { ticketId: ticket.id } });
    return ticket.id;
  }).catch(async (error: unknown) => {
    await discardUploads(copied, storage);
    throw error;
  });
  if (ticketId === null) {
    await discardUploads(copied, storage);
    return fail("errors.alreadyConverted");
  }
  await announce(changed(conversation.id, conversation.requesterId).concat([
    [`chat:${conversation.id}`, { type: "chat.message", conversationId: conversation.id, seq: 0 }],
    ["queue", { type: "ticket.created", ticketId }],
  ]));
  return ok({ ticketId });
}

/** The viewer has read up to `seq` (never backwards, never past the last message). */
export async function markRead(viewer: ChatViewer, input: { conversationId: unknown; seq: unknown }): Promise<ActionResult<{ seq: number }>> {
  const parsed = readSchema.safeParse(input);
  if (!parsed.success || !(await chatOnFor(viewer))) return fail("errors.notFound");
  const conversation = await db.chatConversation.findFirst({
    where: { id: parsed.data.conversationId, ...visibleConversationsWhere(viewer) },
    select: { id: true, lastSeq: true, requesterId: true, readMarkers: { where: { userId: viewer.id }, select: { seq: true } } },
  });
  if (!conversation) return fail("errors.notFound");
  const current = conversation.readMarkers[0]?.seq ?? 0;
  const seq = Math.min(parsed.data.seq, conversation.lastSeq);
  if (seq <= current) return ok({ seq: current });
  await db.chatReadMarker.upsert({
    where: { conversationId_userId: { conversationId: conversation.id, userId: viewer.id } },
    update: { seq },
    create: { conversationId: conversation.id, userId: viewer.id, seq },
  });
  await announce([
    [`chat:${conversation.id}`, { type: "chat.read", conversationId: conversation.id, seq }],
    [`user:${viewer.id}`, { type: "chat.changed", conversationId: conversation.id }],
  ]);
  return ok({ seq });
}

/** "Typing…": announced to the other side, never stored. */
export async function announceTyping(viewer: ChatViewer, rawId: unknown): Promise<ActionResult> {
  const id = conversationIdSchema.safeParse(rawId);
  if (!id.success || !(await chatOnFor(viewer))) return fail("errors.notFound");
  const visible = await db.chatConversation.count({ where: { id: id.data, status: { not: "CLOSED" }, ...visibleConversationsWhere(viewer) } });
  if (visible === 0) return fail("errors.notFound");
  await announce([[`chat:${id.data}`, { type: "chat.typing", conversationId: id.data, fromSupport: isStaff(viewer) }]]);
  return ok(undefined);
}

/** An agent says whether they take chats; shown to the portal. */
export async function setAvailability(viewer: ChatViewer, raw: unknown): Promise<ActionResult<{ availability: "ONLINE" | "AWAY" }>> {
  const availability = availabilitySchema.safeParse(raw);
  if (!isStaff(viewer) || !(await chatOnFor(viewer))) return fail("errors.notFound");
  if (!availability.success) return fail("errors.invalid");
  await db.chatAgentStatus.upsert({
    where: { userId: viewer.id },
    update: { availability: availability.data, lastSeenAt: new Date() },
    create: { userId: viewer.id, availability: availability.data },
  });
  await announce([["chat:agents", { type: "chat.availability", userId: viewer.id }]]);
  return ok({ availability: availability.data });
}

/** The agent's console is still open (called on its stream's heartbeats). */
export async function touchAgent(viewer: Pick<Viewer, "id" | "role">): Promise<void> {
  if (!isStaff(viewer)) return;
  await db.chatAgentStatus.updateMany({ where: { userId: viewer.id }, data: { lastSeenAt: new Date() } });
}

/** A canned response filled in for a conversation's requester, for the agent's message box. */
export async function renderCannedForChat(viewer: ChatViewer, input: { id: unknown; conversationId: unknown }): Promise<ActionResult<{ body: string }>> {
  const id = cannedIdSchema.safeParse(input.id);
  const conversationId = conversationIdSchema.safeParse(input.conversationId);
  if (!isStaff(viewer) || !id.success || !conversationId.success || !(await chatOnFor(viewer))) return fail("errors.notFound");
  const [canned, conversation] = await Promise.all([
    db.cannedResponse.findFirst({ where: { id: id.data, active: true }, select: { body: true } }),
    db.chatConversation.findUnique({
      where: { id: conversationId.data },
      select: { ticketId: true, ticket: { select: { subject: true } }, requester: { select: { name: true, email: true } } },
    }),
  ]);
  if (!canned || !conversation) return fail("errors.notFound");
  return ok({
    body: fillPlaceholders(canned.body, {
      "requester.name": conversation.requester.name,
      "requester.email": conversation.requester.email,
      "agent.name": viewer.name,
      "ticket.id": conversation.ticketId ? String(conversation.ticketId) : "",
      "ticket.subject": conversation.ticket?.subject ?? "",
    }),
  });
}
