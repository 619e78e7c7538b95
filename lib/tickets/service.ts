import "server-only";
import { db } from "@/lib/db";
import { isStaff } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { fail, invalid, ok, type ActionResult } from "@/lib/action-result";
import type { TicketStatus } from "@/generated/prisma-sqlite/enums";
import { visibleTicketsWhere } from "./access";
import { notifyRequester } from "./notify";
import { announceTicketChange } from "./events";
import { markTicketNotificationsRead, notifyAssigned, notifyCustomerUpdate, notifyLowRating, notifyMentions, notifyReopened, notifyTicketFiled } from "@/lib/notifications/service";
import { discardUploads, storeUploads, type IncomingFile, type StoredFile } from "./attachments";
import type { FileStorage } from "@/lib/storage";
import { checkFieldValues } from "@/lib/request-types/field-values";
import { currentAssetIds } from "@/lib/assets/holdings";
import { portalModulesFor } from "@/lib/portal/modules";
import {
  newTicketSchema,
  ratingSchema,
  reopenSchema,
  replySchema,
  ticketIdSchema,
  type RatingInput,
  type ReopenInput,
  ticketUpdateSchema,
  type NewTicketInput,
  type ReplyInput,
  type TicketUpdateInput,
} from "./schema";

// The rules of tickets. Each function takes the viewer and checks their rights itself, so that a
// server action, a script or a test gets the same answer. Messages are catalogue keys (tickets.*).

type ViewerLike = Pick<Viewer, "id" | "role" | "organizationId">;

/** Files sent with a ticket or a reply; `storage` is replaceable so that faults can be tested. */
export type Uploads = { files?: IncomingFile[]; storage?: FileStorage };

/** Runs `write` with the uploads stored first; if the records cannot be written, the files go too. */
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

/** Agents' notices go out after the change is saved; a failure there never fails the change. */
async function tellAgents(what: string, send: () => Promise<void>) {
  try {
    await send();
  } catch (error) {
    console.error(`agent notice (${what}) failed`, error);
  }
}

const attachmentRows = (files: StoredFile[], ticketId: number, uploadedById: string, messageId: string | null) =>
  files.map((f) => ({ ...f, ticketId, messageId, uploadedById }));

/**
 * A new ticket with the request type's extra fields. Staff may open it on behalf of any person
 * (a requester without portal access too: they may have phoned in); the requester's organization
 * goes with them, and they are told by email. Anyone else can only open their own.
 */
export async function createTicket(viewer: ViewerLike, input: NewTicketInput, uploads: Uploads = {}): Promise<ActionResult<{ id: number }>> {
  const parsed = newTicketSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const { subject, description, categoryId, urgency, fields, requesterId, assetId } = parsed.data;
  let requester: { id: string; name: string | null; organizationId: string | null } = { id: viewer.id, name: null, organizationId: viewer.organizationId };
  if (requesterId && requesterId !== viewer.id) {
    // The same answer for a customer's forged id and an unknown person: nothing to learn from it.
    const person = isStaff(viewer)
      ? await db.user.findUnique({ where: { id: requesterId }, select: { id: true, name: true, organizationId: true } })
      : null;
    if (!person) return fail("errors.invalid", { requesterId: ["errors.requesterUnknown"] });
    requester = person;
  }
  const category = await db.ticketCategory.findFirst({
    where: { id: categoryId, active: true },
    select: { id: true, fields: { where: { active: true }, select: { id: true, type: true, required: true, options: true } } },
  });
  if (!category) return fail("errors.invalid", { categoryId: ["errors.categoryUnknown"] });
  // Assets the ticket may name: the requester's current ones (another's reads as unknown), and none
  // when the assets module is off for the requester (an agent on behalf follows their switch).
  const namesAsset = !!assetId || category.fields.some((f) => f.type === "ASSET");
  const heldAssetIds = namesAsset && (await portalModulesFor(requester.id)).assets ? await currentAssetIds(requester.id) : new Set<string>();
  if (assetId && !heldAssetIds.has(assetId)) return fail("errors.invalid", { assetId: ["errors.assetUnknown"] });
  const checked = checkFieldValues(category.fields, fields, heldAssetIds);
  if (!checked.ok) return fail(checked.message, checked.fieldErrors);
  const onBehalf = requester.id !== viewer.id;
  const result = await withUploads(uploads, (files) =>
    db.$transaction(async (tx) => {
      const ticket = await tx.ticket.create({
        data: {
          subject,
          description,
          urgency,
          priority: urgency,
          categoryId,
          requesterId: requester.id,
          createdById: viewer.id,
          organizationId: requester.organizationId,
          assetId: assetId || null,
          events: {
            create: [
              { actorId: viewer.id, type: "CREATED", toValue: "NEW" },
              ...(onBehalf ? [{ actorId: viewer.id, type: "ON_BEHALF", toValue: requester.name }] : []),
            ],
          },
          fieldValues: { create: checked.values },
        },
        select: { id: true },
      });
      if (files.length > 0) await tx.attachment.createMany({ data: attachmentRows(files, ticket.id, viewer.id, null) });
      return ok({ id: ticket.id });
    }),
  );
  if (result.ok) {
    announceTicketChange(result.data.id);
    await tellAgents("ticket filed", () => notifyTicketFiled(result.data.id, viewer.id));
    await notifyRequester(result.data.id, viewer.id, { kind: onBehalf ? "onBehalf" : "filed" });
  }
  return result;
}

/** A reply from the requester or an agent; internal notes are for agents only. */
export async function addReply(viewer: ViewerLike, input: ReplyInput, uploads: Uploads = {}): Promise<ActionResult<{ messageId: string }>> {
  const parsed = replySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const { ticketId, body, internal } = parsed.data;
  const staff = isStaff(viewer);
  if (internal && !staff) return fail("errors.notFound");
  const ticket = await db.ticket.findFirst({
    where: { id: ticketId, ...visibleTicketsWhere(viewer) },
    select: { id: true, status: true, requesterId: true },
  });
  if (!ticket) return fail("errors.notFound");
  if (ticket.status === "CLOSED" && !staff) return fail("errors.ticketClosed");

  // A customer's reply puts a ticket that waited on them back in the queue, and the requester's
  // also reopens a resolved one (a colleague's, on a shared ticket, does not: reopening is the
  // requester's call); an agent's first public reply opens a new ticket.
  let nextStatus: TicketStatus | null = null;
  if (!staff && ticket.status === "WAITING_FOR_CUSTOMER") nextStatus = "OPEN";
  if (!staff && ticket.status === "RESOLVED" && ticket.requesterId === viewer.id) nextStatus = "OPEN";
  if (staff && !internal && ticket.status === "NEW") nextStatus = "OPEN";

  const result = await withUploads(uploads, (files) => db.$transaction(async (tx) => {
    const created = await tx.ticketMessage.create({
      data: { ticketId, authorId: viewer.id, body, internal },
      select: { id: true },
    });
    if (files.length > 0) await tx.attachment.createMany({ data: attachmentRows(files, ticketId, viewer.id, created.id) });
    await tx.ticket.update({
      where: { id: ticketId },
      data: {
        version: { increment: 1 },
        ...(nextStatus ? { status: nextStatus, resolvedAt: null } : {}),
        ...(staff && !internal ? { lastAgentReplyAt: new Date() } : {}),
        ...(!staff ? { customerUpdatedAt: new Date() } : {}),
      },
    });
    if (nextStatus) {
      await tx.ticketEvent.create({
        data: { ticketId, actorId: viewer.id, type: "STATUS", fromValue: ticket.status, toValue: nextStatus },
      });
    }
    return ok({ messageId: created.id });
  }));
  if (result.ok) announceTicketChange(ticketId);
  if (result.ok && staff && !internal) await notifyRequester(ticketId, viewer.id, { kind: "reply", body });
  if (result.ok && !staff) await tellAgents("customer reply", () => notifyCustomerUpdate(ticketId, viewer.id));
  if (result.ok && staff && internal) await tellAgents("mentions", () => notifyMentions(ticketId, body, viewer.id));
  return result;
}

/**
 * Status, priority and assignee, set by an agent: only the fields given change. A save drawn from
 * an older version is refused when another change touched one of the same fields (the conflict
 * names it), so a save never silently writes back what someone else changed.
 */
export async function updateTicket(viewer: ViewerLike, input: TicketUpdateInput): Promise<ActionResult<{ version: number }>> {
  if (!isStaff(viewer)) return fail("errors.notFound");
  const parsed = ticketUpdateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const { ticketId, version, seen } = parsed.data;
  const current = await db.ticket.findFirst({
    where: { id: ticketId, ...visibleTicketsWhere(viewer) },
    select: { status: true, priority: true, assigneeId: true, version: true },
  });
  if (!current) return fail("errors.notFound");
  const wanted = { status: parsed.data.status, priority: parsed.data.priority, assigneeId: parsed.data.assigneeId };
  if (wanted.assigneeId) {
    const agent = await db.user.findFirst({ where: { id: wanted.assigneeId, role: { in: ["AGENT", "ADMIN"] } }, select: { id: true } });
    if (!agent) return fail("errors.invalid", { assigneeId: ["errors.assigneeUnknown"] });
  }
  const fields = (["status", "priority", "assigneeId"] as const).filter((f) => wanted[f] !== undefined);
  if (current.version !== version) {
    if (!seen) return fail("errors.conflict");
    const changedMeanwhile = fields.filter((f) => seen[f] === undefined || seen[f] !== current[f]);
    if (changedMeanwhile.length > 0) {
      return fail("errors.fieldConflict", Object.fromEntries(changedMeanwhile.map((f) => [f, ["errors.changedMeanwhile"]])));
    }
  }
  const EVENT = { status: "STATUS", priority: "PRIORITY", assigneeId: "ASSIGNEE" } as const;
  const changes = fields
    .map((f) => ({ field: f, type: EVENT[f], from: current[f], to: wanted[f] as string | null }))
    .filter((c) => c.from !== c.to);
  if (changes.length === 0) return ok({ version: current.version });
  const status = wanted.status !== undefined && wanted.status !== current.status ? wanted.status : null;

  const result = await db.$transaction(async (tx) => {
    const now = new Date();
    // Against the version just read: a change landing between the read and this write is a conflict.
    const updated = await tx.ticket.updateMany({
      where: { id: ticketId, version: current.version },
      data: {
        ...Object.fromEntries(changes.map((c) => [c.field, c.to])),
        version: { increment: 1 },
        ...(status ? { resolvedAt: status === "RESOLVED" ? now : null, closedAt: status === "CLOSED" ? now : null } : {}),
      },
    });
    if (updated.count === 0) return fail("errors.conflict");
    await tx.ticketEvent.createMany({
      data: changes.map((c) => ({ ticketId, actorId: viewer.id, type: c.type, fromValue: c.from, toValue: c.to })),
    });
    return ok({ version: current.version + 1 });
  });
  if (result.ok) announceTicketChange(ticketId);
  if (result.ok && status) await notifyRequester(ticketId, viewer.id, { kind: "status", status });
  const assigned = changes.find((c) => c.field === "assigneeId")?.to;
  if (result.ok && assigned) await tellAgents("assignment", () => notifyAssigned(ticketId, assigned, viewer.id));
  return result;
}

/** The requester's own ticket, or null: resolving, reopening and rating are theirs alone. */
async function ownTicket(viewer: ViewerLike, ticketId: number) {
  return db.ticket.findFirst({
    where: { id: ticketId, requesterId: viewer.id, ...visibleTicketsWhere(viewer) },
    select: { id: true, status: true, rating: true },
  });
}

/** Remembers that the requester has seen the ticket as it is now (clears the "new reply" marker). */
export async function markTicketRead(viewer: ViewerLike, rawId: unknown): Promise<void> {
  const id = ticketIdSchema.safeParse(rawId);
  if (!id.success) return;
  // Every view of their own ticket by a requester asks: one SQL statement, not a Prisma query compiled anew.
  const [ticket] = await db.$queryRaw<{ updatedAt: Date; lastAgentReplyAt: Date | null; requesterReadAt: Date | null }[]>`
    SELECT "updatedAt", "lastAgentReplyAt", "requesterReadAt" FROM "Ticket" WHERE "id" = ${id.data} AND "requesterId" = ${viewer.id}`;
  // A page view writes only when there is something unread: reading is not a write otherwise.
  if (!ticket?.lastAgentReplyAt || (ticket.requesterReadAt && ticket.requesterReadAt >= ticket.lastAgentReplyAt)) return;
  // Reading is not activity: updatedAt (the ticket's place in the lists) is kept as it was.
  await db.ticket.updateMany({ where: { id: id.data, requesterId: viewer.id }, data: { requesterReadAt: new Date(), updatedAt: ticket.updatedAt } });
}

/**
 * An agent opened the ticket in the console: their "updated by customer" marker in the queue
 * clears (see itemsOf in lib/tickets/queue.ts), and so does what the bell said about it to them.
 */
export async function markTicketSeenByAgent(viewer: ViewerLike, ticketId: number): Promise<void> {
  if (!isStaff(viewer)) return;
  // Reads first, writes only when there is news: drawing the page is a read, and a write on every
  // view would queue every agent's page behind SQLite's one writer. "Seen" matters only against
  // the requester's last update (the queue's marker), so it moves only when that is newer.
  // One statement on every console ticket view (through Prisma, three queries on SQLite, and its
  // query compiled anew each time).
  const [ticket] = await db.$queryRaw<{ customerUpdatedAt: Date | null; seenAt: Date | null; unread: boolean | number | bigint }[]>`
    SELECT t."customerUpdatedAt",
           (SELECT p."seenAt" FROM "TicketPresence" p WHERE p."ticketId" = t."id" AND p."userId" = ${viewer.id}) AS "seenAt",
           EXISTS (SELECT 1 FROM "Notification" n WHERE n."ticketId" = t."id" AND n."userId" = ${viewer.id} AND n."readAt" IS NULL) AS "unread"
    FROM "Ticket" t WHERE t."id" = ${ticketId}`;
  if (!ticket) return;
  const unread = Number(ticket.unread) > 0;
  const news = !ticket.seenAt || (ticket.customerUpdatedAt != null && ticket.seenAt < ticket.customerUpdatedAt);
  if (news) {
    const now = new Date();
    await db.ticketPresence.upsert({
      where: { ticketId_userId: { ticketId, userId: viewer.id } },
      create: { ticketId, userId: viewer.id, seenAt: now },
      update: { seenAt: now },
    });
  }
  if (unread) await markTicketNotificationsRead(viewer, ticketId);
}

/** "This solved my problem": the requester marks their open ticket resolved. */
export async function resolveTicket(viewer: ViewerLike, rawId: unknown): Promise<ActionResult<{ status: TicketStatus }>> {
  const id = ticketIdSchema.safeParse(rawId);
  if (!id.success) return fail("errors.notFound");
  const ticket = await ownTicket(viewer, id.data);
  if (!ticket) return fail("errors.notFound");
  if (ticket.status === "RESOLVED" || ticket.status === "CLOSED") return fail("errors.alreadyResolved");
  return changeStatusAsRequester(viewer, ticket.id, ticket.status, "RESOLVED", null);
}

/** The requester reopens a resolved ticket, saying why; the reason becomes a public message. */
export async function reopenTicket(viewer: ViewerLike, input: ReopenInput): Promise<ActionResult<{ status: TicketStatus }>> {
  const parsed = reopenSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const ticket = await ownTicket(viewer, parsed.data.ticketId);
  if (!ticket) return fail("errors.notFound");
  if (ticket.status === "CLOSED") return fail("errors.ticketClosed");
  if (ticket.status !== "RESOLVED") return fail("errors.notResolved");
  return changeStatusAsRequester(viewer, ticket.id, ticket.status, "OPEN", parsed.data.reason);
}

async function changeStatusAsRequester(viewer: ViewerLike, ticketId: number, from: TicketStatus, to: TicketStatus, message: string | null) {
  const result = await db.$transaction(async (tx) => {
    // Only if the status is still the one read: a concurrent change by an agent wins, visibly.
    const updated = await tx.ticket.updateMany({
      where: { id: ticketId, status: from },
      data: {
        status: to,
        version: { increment: 1 },
        resolvedAt: to === "RESOLVED" ? new Date() : null,
        ...(to === "OPEN" ? { customerUpdatedAt: new Date() } : {}),
      },
    });
    if (updated.count === 0) return fail("errors.conflict");
    if (message) await tx.ticketMessage.create({ data: { ticketId, authorId: viewer.id, body: message } });
    await tx.ticketEvent.create({ data: { ticketId, actorId: viewer.id, type: "STATUS", fromValue: from, toValue: to } });
    return ok({ status: to });
  });
  if (result.ok) announceTicketChange(ticketId);
  if (result.ok && to === "OPEN") await tellAgents("reopened", () => notifyReopened(ticketId, viewer.id));
  return result;
}

/** Ratings at or below this tell the agents. */
export const LOW_RATING = 2;

/** The requester's satisfaction (1–5 and a comment) on their resolved or closed ticket, once. */
export async function rateTicket(viewer: ViewerLike, input: RatingInput): Promise<ActionResult<{ rating: number }>> {
  const parsed = ratingSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, "errors.invalid");
  const { ticketId, rating, comment } = parsed.data;
  const ticket = await ownTicket(viewer, ticketId);
  if (!ticket) return fail("errors.notFound");
  if (ticket.status !== "RESOLVED" && ticket.status !== "CLOSED") return fail("errors.notResolved");
  // "rating: null" in the condition makes a second rating (even a simultaneous one) change nothing.
  const updated = await db.ticket.updateMany({
    where: { id: ticketId, requesterId: viewer.id, rating: null },
    data: { rating, ratingComment: comment, ratedAt: new Date() },
  });
  if (updated.count === 0) return fail("errors.alreadyRated");
  announceTicketChange(ticketId);
  if (rating <= LOW_RATING) await tellAgents("low rating", () => notifyLowRating(ticketId, viewer.id));
  return ok({ rating });
}
