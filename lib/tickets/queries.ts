import "server-only";
import { cache } from "react";
import { z } from "zod";
import { containsText, db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { Prisma } from "@/generated/prisma-sqlite/client";
import { sharedWithViewerWhere, visibleMessagesSql, visibleMessagesWhere, visibleTicketsSql, visibleTicketsWhere } from "./access";
import { categoriesNamed, peopleNamed } from "./choices";
import type { Level, TicketStatus } from "@/generated/prisma-sqlite/enums";
import { PAGE_SIZE, myTicketsQuerySchema, ticketIdSchema, type MyTicketFilter, type MyTicketsQuery } from "./schema";

type ViewerLike = Pick<Viewer, "id" | "role">;

// A ticket's own columns that every view of it shows.
const ticketHeadSelect = {
  id: true,
  subject: true,
  status: true,
  priority: true,
  urgency: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.TicketSelect;

const listItemSelect = {
  ...ticketHeadSelect,
  category: { select: { nameEn: true, nameEs: true } },
  requester: { select: { id: true, name: true, email: true } },
  assignee: { select: { id: true, name: true } },
} satisfies Prisma.TicketSelect;

export type TicketListItem = Prisma.TicketGetPayload<{ select: typeof listItemSelect }>;

const MY_FILTER_STATUSES: Record<MyTicketFilter, TicketStatus[]> = {
  open: ["NEW", "OPEN"],
  waiting: ["WAITING_FOR_CUSTOMER"],
  resolved: ["RESOLVED"],
  closed: ["CLOSED"],
};

/** Whether the viewer's current organization shares its tickets among its members. */
export async function viewerSharesTickets(viewer: Pick<Viewer, "id">): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: viewer.id }, select: { organization: { select: { shareTickets: true } } } });
  return !!user?.organization?.shareTickets;
}

/**
 * The requester's own tickets (scope "company": every ticket they may see, their organization's
 * shared ones included), newest activity first, filtered by state and searched in the subject,
 * the description and the public messages (never in internal notes). Each of their own items says
 * whether an agent replied since they last opened it.
 */
export async function listMyTickets(viewer: ViewerLike, rawQuery: MyTicketsQuery = {}) {
  const query = myTicketsQuerySchema.parse(rawQuery);
  const scope = query.scope === "company" ? { OR: [{ requesterId: viewer.id }, sharedWithViewerWhere(viewer)] } : { requesterId: viewer.id };
  const where: Prisma.TicketWhereInput = { AND: [visibleTicketsWhere(viewer), scope] };
  const and = where.AND as Prisma.TicketWhereInput[];
  if (query.filter) and.push({ status: { in: MY_FILTER_STATUSES[query.filter] } });
  if (query.q) {
    and.push({
      OR: [
        { subject: containsText(query.q) },
        { description: containsText(query.q) },
        { messages: { some: { internal: false, body: containsText(query.q) } } },
      ],
    });
  }
  const [rows, total] = await Promise.all([
    db.ticket.findMany({
      where,
      select: { ...listItemSelect, lastAgentReplyAt: true, requesterReadAt: true },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    db.ticket.count({ where }),
  ]);
  const items = rows.map(({ lastAgentReplyAt, requesterReadAt, ...item }) => ({
    ...item,
    unread: item.requester.id === viewer.id && !!lastAgentReplyAt && (!requesterReadAt || lastAgentReplyAt > requesterReadAt),
  }));
  return { items, total, page: query.page, scope: query.scope, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export type MyTicketItem = Awaited<ReturnType<typeof listMyTickets>>["items"][number];

/** An attachment as a ticket page lists it. */
export type AttachmentItem = { id: string; fileName: string; contentType: string; size: number };

/**
 * An attachment the viewer may download: its ticket is visible to them and, for a customer, it
 * does not belong to an internal note. Null otherwise, exactly as for an id that does not exist.
 */
export async function getAttachmentForDownload(viewer: ViewerLike, rawId: unknown) {
  const id = z.string().regex(/^[a-z0-9]{1,64}$/).safeParse(rawId);
  if (!id.success) return null;
  return db.attachment.findFirst({
    where: {
      id: id.data,
      ticket: visibleTicketsWhere(viewer),
      ...(isStaff(viewer) ? {} : { OR: [{ messageId: null }, { message: visibleMessagesWhere(viewer) }] }),
    },
    select: { id: true, fileName: true, contentType: true, size: true, storageKey: true },
  });
}

type TicketHeadRow = {
  id: number;
  subject: string;
  status: TicketStatus;
  priority: Level;
  urgency: Level;
  createdAt: Date;
  updatedAt: Date;
  assigneeId: string | null;
  description: string;
  version: number;
  rating: number | null;
  ratingComment: string | null;
  categoryId: string;
  requesterId: string;
  requesterName: string;
  requesterEmail: string;
  assetId: string | null;
  assetTag: string | null;
  assetName: string | null;
};

/**
 * One ticket with the history the viewer may see, or null when it is not theirs to see. Its
 * category, its assignee and the people its events name come from the lists each process keeps
 * (lib/tickets/choices.ts), read only where the lists lack them.
 *
 * Every ticket page (portal and console) starts here, so it reads with SQL of its own: the ticket
 * with its requester and asset, then the messages with their authors, every attachment of the
 * ticket, the events. Prisma read the same with eleven statements on SQLite and two queries
 * compiled anew each time, which was most of the page's own cost.
 */
export async function getTicket(viewer: ViewerLike, rawId: unknown) {
  const id = ticketIdSchema.safeParse(rawId);
  if (!id.success) return null;
  // The ticket, its requester and its asset in one statement, with the viewer's access rule.
  const [head] = await db.$queryRaw<TicketHeadRow[]>`
    SELECT t."id", t."subject", t."status", t."priority", t."urgency", t."createdAt", t."updatedAt",
      t."assigneeId", t."description", t."version", t."rating", t."ratingComment", t."categoryId",
      r."id" AS "requesterId", r."name" AS "requesterName", r."email" AS "requesterEmail",
      s."id" AS "assetId", s."tag" AS "assetTag", s."name" AS "assetName"
    FROM "Ticket" t JOIN "User" r ON r."id" = t."requesterId" LEFT JOIN "Asset" s ON s."id" = t."assetId"
    WHERE t."id" = ${id.data} ${visibleTicketsSql(viewer)}`;
  if (!head) return null;
  const { requesterId, requesterName, requesterEmail, assetId, assetTag, assetName, ...ticket } = head;
  const requester = { id: requesterId, name: requesterName, email: requesterEmail };
  const asset = assetId ? { id: assetId, tag: assetTag!, name: assetName! } : null;
  const [messages, attachments, events] = await Promise.all([
    db.$queryRaw<{ id: string; body: string; internal: boolean; createdAt: Date; authorId: string; authorName: string }[]>`
      SELECT m."id", m."body", m."internal", m."createdAt", m."authorId", u."name" AS "authorName"
      FROM "TicketMessage" m JOIN "User" u ON u."id" = m."authorId"
      WHERE m."ticketId" = ${ticket.id} ${visibleMessagesSql(viewer)}
      ORDER BY m."createdAt", m."id"`,
    // The ticket's own files (no message) and those of the messages above.
    db.$queryRaw<(AttachmentItem & { messageId: string | null })[]>`
      SELECT a."id", a."fileName", a."contentType", a."size", a."messageId" FROM "Attachment" a
      WHERE a."ticketId" = ${ticket.id} ${visibleFilesSql(viewer)}
      ORDER BY a."createdAt", a."id"`,
    db.$queryRaw<{ id: string; type: string; fromValue: string | null; toValue: string | null; createdAt: Date; actorId: string | null }[]>`
      SELECT "id", "type", "fromValue", "toValue", "createdAt", "actorId" FROM "TicketEvent"
      WHERE "ticketId" = ${ticket.id} ${visibleEventsSql(viewer)}
      ORDER BY "createdAt", "id"`,
  ]);
  const filesOf = new Map<string | null, AttachmentItem[]>();
  for (const { messageId, ...file } of attachments) {
    if (!filesOf.has(messageId)) filesOf.set(messageId, []);
    filesOf.get(messageId)!.push(file);
  }
  const { assigneeId, ...rest } = ticket;
  // The assignee, the events' actors and the agents an assignee event names (whoever the viewer is:
  // the same rule as the header). The requester is known already.
  const assigned = events.flatMap((e) => (e.type === "ASSIGNEE" ? [e.fromValue, e.toValue] : []));
  const [categories, people] = await Promise.all([
    categoriesNamed([ticket.categoryId]),
    peopleNamed([assigneeId, ...events.map((e) => e.actorId), ...assigned], [requester]),
  ]);
  const assigneeNames: Record<string, string> = {};
  for (const personId of assigned) if (personId && people.has(personId)) assigneeNames[personId] = people.get(personId)!.name;
  return {
    ...rest,
    requester,
    asset,
    attachments: filesOf.get(null) ?? [],
    messages: messages.map(({ authorId, authorName, ...message }) => ({
      ...message,
      author: { id: authorId, name: authorName },
      attachments: filesOf.get(message.id) ?? [],
    })),
    category: categories.get(ticket.categoryId)!,
    assignee: assigneeId ? (people.get(assigneeId) ?? null) : null,
    events: events.map(({ actorId, ...event }) => ({ ...event, actor: actorId ? (people.get(actorId) ?? null) : null })),
    assigneeNames,
  };
}

/** The files of the ticket itself and of the messages the viewer may read, for the attachment alias `a`. */
function visibleFilesSql(viewer: ViewerLike): Prisma.Sql {
  if (isStaff(viewer)) return Prisma.empty;
  return Prisma.sql`AND (a."messageId" IS NULL OR EXISTS (SELECT 1 FROM "TicketMessage" m WHERE m."id" = a."messageId" ${visibleMessagesSql(viewer)}))`;
}

/**
 * What a customer sees of the agents' workflow: status changes and who took the ticket, with the
 * agent's name as the header shows it; not priority (the agents' own triage), and not the status
 * changes they made themselves (their click, or their reopening message, already says it).
 * Agents see everything.
 */
function visibleEventsSql(viewer: ViewerLike): Prisma.Sql {
  if (isStaff(viewer)) return Prisma.empty;
  return Prisma.sql`AND "type" IN ('STATUS', 'ASSIGNEE', 'ON_BEHALF') AND ("actorId" IS NULL OR "actorId" <> ${viewer.id})`;
}

export type TicketDetail = NonNullable<Awaited<ReturnType<typeof getTicket>>>;

/**
 * getTicket, read once a request: a ticket page's title (generateMetadata) and its body share the
 * one read. Pages only: an action that changes the ticket must read it afresh.
 */
export const getTicketForPage = cache((viewer: ViewerLike, rawId: string) => getTicket(viewer, rawId));

/** A ticket's number and subject for the page title, when the viewer may see it (else null). */
export async function ticketTitle(viewer: ViewerLike, rawId: string): Promise<string | null> {
  const ticket = await getTicketForPage(viewer, rawId);
  return ticket ? `#${ticket.id} ${ticket.subject}` : null;
}
