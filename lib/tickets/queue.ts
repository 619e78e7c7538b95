import "server-only";
import { cache } from "react";
import { db, escapeLike, onPostgres } from "@/lib/db";
import type { Viewer } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { Prisma } from "@/generated/prisma-sqlite/client";
import type { Level, TicketStatus } from "@/generated/prisma-sqlite/enums";
import { categoriesNamed, organizationsNamed, peopleNamed } from "./choices";
import { ticketsMatchingTextSql } from "./text-search";
import { PAGE_SIZE } from "./schema";
import { OPEN_STATUSES, PRIORITY_ORDER, QUEUE_FILTERS, queueQuerySchema, type QueueQuery, type QueueSort, type QueueView } from "./queue-schema";

type ViewerLike = Pick<Viewer, "id" | "role">;

/**
 * A row of the queue. Its category, organization and assignee are named from the lists each
 * process keeps (lib/tickets/choices.ts): three relations fewer to read for every page.
 */
export type QueueItem = {
  id: number;
  subject: string;
  status: TicketStatus;
  priority: Level;
  createdAt: Date;
  updatedAt: Date;
  customerUpdatedAt: Date | null;
  requester: { id: string; name: string; email: string };
  category: { nameEn: string; nameEs: string };
  organization: { name: string } | null;
  assignee: { id: string; name: string } | null;
  updatedByCustomer: boolean;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const olderThanDate = (days: string, now: Date) => new Date(now.getTime() - Number(days) * DAY_MS);

/**
 * The tickets of a view with its filters, the text search aside, as SQL conditions on "Ticket" t:
 * every page, count and search of the queue is a statement of its own (through Prisma's query
 * builder, each cost 1-2 ms of CPU to compile, and a row's requester was a second query on SQLite).
 * Staff only: it does not narrow to the tickets a customer may see (listQueue shows customers nothing).
 * "status IN (the open ones)" rather than "NOT IN (resolved, closed)": the former can use the
 * (status, updatedAt) index, the latter reads every row.
 */
function queueFiltersSql(viewer: ViewerLike, query: QueueQuery, now = new Date()): Prisma.Sql[] {
  const view = query.view;
  const and =
    view === "open" || view === "unassigned" || view === "mine"
      ? [Prisma.sql`t."status" IN (${Prisma.join([...OPEN_STATUSES])})`]
      : [Prisma.sql`t."status" = ${view}`];
  if (view === "unassigned") and.push(Prisma.sql`t."assigneeId" IS NULL`);
  if (view === "mine") and.push(Prisma.sql`t."assigneeId" = ${viewer.id}`);
  if (query.priority) and.push(Prisma.sql`t."priority" = ${query.priority}`);
  if (query.category) and.push(Prisma.sql`t."categoryId" = ${query.category}`);
  if (query.organization) and.push(Prisma.sql`t."organizationId" = ${query.organization}`);
  if (query.requester) {
    // What containsText does through Prisma: ILIKE with %, _ and \ escaped on PostgreSQL; SQLite's LIKE ignores ASCII case.
    const like = onPostgres
      ? Prisma.sql`ILIKE ${`%${escapeLike(query.requester)}%`}`
      : Prisma.sql`LIKE ${`%${query.requester}%`}`;
    and.push(Prisma.sql`t."requesterId" IN (SELECT u."id" FROM "User" u WHERE u."name" ${like} OR u."email" ${like})`);
  }
  if (query.olderThan) and.push(Prisma.sql`t."createdAt" < ${olderThanDate(query.olderThan, now)}`);
  return and;
}

const allOf = (conditions: Prisma.Sql[]) => Prisma.join(conditions, " AND ");

// The queue's sorts. The Level enum is text on SQLite (alphabetical order would put CRITICAL <
// HIGH < LOW < MEDIUM), so the priority sort ranks it rather than comparing it.
const PRIORITY_RANK_SQL = Prisma.sql`CASE t."priority" ${Prisma.join(PRIORITY_ORDER.map((level, i) => Prisma.sql`WHEN ${level} THEN ${Prisma.raw(String(i))}`), " ")} END`;
const ORDER: Record<QueueSort, Prisma.Sql> = {
  updated: Prisma.sql`t."updatedAt" DESC, t."id" DESC`,
  newest: Prisma.sql`t."createdAt" DESC, t."id" DESC`,
  oldest: Prisma.sql`t."createdAt" ASC, t."id" ASC`,
  priority: Prisma.sql`${PRIORITY_RANK_SQL}, t."updatedAt" DESC, t."id" DESC`,
};

/** A queue row as the page statement returns it: the ticket's columns, its requester's, and when this agent last had it open. */
type PageRow = {
  id: number | bigint;
  subject: string;
  status: QueueItem["status"];
  priority: QueueItem["priority"];
  createdAt: Date;
  updatedAt: Date;
  customerUpdatedAt: Date | null;
  categoryId: string;
  organizationId: string | null;
  assigneeId: string | null;
  requesterId: string;
  requesterName: string;
  requesterEmail: string;
  seenAt: Date | null;
  total?: number | bigint;
};

/**
 * One page of the tickets matching `where`, in `order`, with their requesters and the viewer's last
 * look at each: one statement. The page's ids are found first (the sort then handles small index
 * entries, not whole rows, which is what made "all open" grow with the table), then their rows are
 * joined. With `withTotal`, each row also carries how many tickets match in all (for a search,
 * which finds at most TEXT_SEARCH_LIMIT + 1).
 */
async function readPage(viewer: ViewerLike, where: Prisma.Sql, order: Prisma.Sql, skip: number, take: number, withTotal = false) {
  const rows = await db.$queryRaw<PageRow[]>`
    WITH page AS (
      SELECT t."id"${withTotal ? Prisma.sql`, COUNT(*) OVER () AS "total"` : Prisma.empty} FROM "Ticket" t WHERE ${where}
      ORDER BY ${order} LIMIT ${take} OFFSET ${skip}
    )
    SELECT t."id", t."subject", t."status", t."priority", t."createdAt", t."updatedAt", t."customerUpdatedAt",
           t."categoryId", t."organizationId", t."assigneeId",
           u."id" AS "requesterId", u."name" AS "requesterName", u."email" AS "requesterEmail",
           p."seenAt"${withTotal ? Prisma.sql`, page."total"` : Prisma.empty}
    FROM page
    JOIN "Ticket" t ON t."id" = page."id"
    JOIN "User" u ON u."id" = t."requesterId"
    LEFT JOIN "TicketPresence" p ON p."ticketId" = t."id" AND p."userId" = ${viewer.id}
    ORDER BY ${order}`;
  return { items: await itemsOf(rows), total: rows.length > 0 ? Number(rows[0].total ?? 0) : undefined };
}

/**
 * The rows as queue items. Category, organization and assignee are named from the lists each
 * process keeps (lib/tickets/choices.ts), or read where they lack one: an assignee no longer on the
 * agents' list (portal access off, role changed), or a category or organization written a moment
 * ago by another process. "Updated by customer", for this agent: the requester wrote or reopened
 * since the agent last had the ticket open (their TicketPresence row, written when the ticket page
 * is drawn and by its heartbeat), so one agent opening it does not clear it for another.
 */
async function itemsOf(rows: PageRow[]): Promise<QueueItem[]> {
  const [categoryById, organizationById, assigneeById] = await Promise.all([
    categoriesNamed(rows.map((r) => r.categoryId)),
    organizationsNamed(rows.map((r) => r.organizationId)),
    peopleNamed(rows.map((r) => r.assigneeId)),
  ]);
  return rows.map((row) => ({
    id: Number(row.id),
    subject: row.subject,
    status: row.status,
    priority: row.priority,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    customerUpdatedAt: row.customerUpdatedAt,
    requester: { id: row.requesterId, name: row.requesterName, email: row.requesterEmail },
    category: categoryById.get(row.categoryId)!,
    organization: row.organizationId ? (organizationById.get(row.organizationId) ?? null) : null,
    assignee: row.assigneeId ? (assigneeById.get(row.assigneeId) ?? null) : null,
    updatedByCustomer: !!row.customerUpdatedAt && (row.seenAt === null || row.seenAt < row.customerUpdatedAt),
  }));
}

/** An order that an index of Ticket already has, for a count to read in: see countUpTo. */
const BY_STATUS = Prisma.sql`t."status", t."updatedAt"`;
const BY_ASSIGNEE = Prisma.sql`t."assigneeId", t."status", t."updatedAt"`;

/** The index a view's tickets are found through: (assigneeId, status, updatedAt) for the assignment views, else (status, updatedAt). */
function indexOrderOf(view: QueueView): Prisma.Sql {
  return view === "unassigned" || view === "mine" ? BY_ASSIGNEE : BY_STATUS;
}

/**
 * How many tickets match, counting no further than `cap`. Read in no order, or the primary key's,
 * both databases walk the whole table when fewer than `cap` tickets match (PostgreSQL, 200,000
 * tickets: 22 ms for an agent's open tickets, 87 ms under load; SQLite sorted every open ticket
 * first, 68 ms). Read in the order of the index that finds them, the count is an index-only scan
 * that stops at the cap (0.6 to 6 ms).
 */
async function countOnce(where: Prisma.Sql, cap: number, order: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM "Ticket" t WHERE ${where} ORDER BY ${order} LIMIT ${cap}) AS "capped"`;
  return Number(row.n);
}

// The priority sort asks for the same counts as its page's total: each asked once a request.
const countsOfThisRequest = cache(() => new Map<string, Promise<number>>());
function countUpTo(where: Prisma.Sql, cap: number, order: Prisma.Sql): Promise<number> {
  const counts = countsOfThisRequest();
  const key = JSON.stringify([where.sql, where.values, cap, order.sql]);
  let count = counts.get(key);
  if (!count) counts.set(key, (count = countOnce(where, cap, order)));
  return count;
}

/**
 * A page sorted by priority, highest first, without a search: each level is read on its own, in
 * PRIORITY_ORDER, after counting the matches per level (each count capped, see countOnce). Each
 * level's tickets come in index order, where one ranked sort would read every match; the counts
 * give the total.
 */
async function pageByPriority(viewer: ViewerLike, filters: Prisma.Sql[], skip: number, cap: number, order: Prisma.Sql) {
  const ofLevel = (level: (typeof PRIORITY_ORDER)[number]) => allOf([...filters, Prisma.sql`t."priority" = ${level}`]);
  const counts = await Promise.all(PRIORITY_ORDER.map((level) => countUpTo(ofLevel(level), cap, order)));
  const items: QueueItem[] = [];
  let offset = skip;
  for (const [i, level] of PRIORITY_ORDER.entries()) {
    const count = counts[i];
    if (items.length >= PAGE_SIZE) break;
    if (offset >= count) {
      offset -= count;
      continue;
    }
    items.push(...(await readPage(viewer, ofLevel(level), ORDER.updated, offset, PAGE_SIZE - items.length)).items);
    offset = 0;
  }
  return { items, total: Math.min(cap, counts.reduce((sum, n) => sum + n, 0)) };
}

/**
 * A page of a text search's results and their exact total (a search finds at most
 * TEXT_SEARCH_LIMIT tickets and the one its number names): one statement, with the view, the
 * filters and the sort.
 */
async function pageOfSearch(viewer: ViewerLike, query: QueueQuery & { q: string }, filters: Prisma.Sql[], skip: number) {
  const number = /^#?(\d{1,9})$/.exec(query.q);
  const found = await ticketsMatchingTextSql(query.q, { messages: query.messages === "1" });
  const hits = number ? Prisma.sql`(${found} OR t."id" = ${Number(number[1])})` : found;
  const where = allOf([hits, ...filters]);
  const { items, total } = await readPage(viewer, where, ORDER[query.sort], skip, PAGE_SIZE, true);
  // Past the last page no row carries the total.
  return { items, total: total ?? (skip === 0 ? 0 : Number((await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM "Ticket" t WHERE ${where}`)[0].n)) };
}

/** Matches past the current page are counted up to this many: what "1,000+" says, at a cost that does not grow with the desk. */
export const QUEUE_COUNT_CAP = 1000;

/** The agents' queue: one view, filtered, searched and sorted. Nothing for a viewer who is not staff. */
export async function listQueue(viewer: ViewerLike, rawQuery: unknown) {
  const query = queueQuerySchema.parse(rawQuery ?? {});
  if (!isStaff(viewer)) return { items: [] as QueueItem[], total: 0, totalIsLowerBound: false, page: 1, pageCount: 1, query };
  const skip = (query.page - 1) * PAGE_SIZE;
  // Counting stops this far past the page: beyond it the total is shown as "N+".
  const cap = skip + QUEUE_COUNT_CAP;
  const filters = queueFiltersSql(viewer, query);
  const where = allOf(filters);
  // A search's total is exact: at most TEXT_SEARCH_LIMIT + 1 tickets, below any cap.
  const { items, total } = query.q
    ? await pageOfSearch(viewer, { ...query, q: query.q }, filters, skip)
    : query.sort === "priority"
      ? await pageByPriority(viewer, filters, skip, cap, indexOrderOf(query.view))
      : await Promise.all([
          readPage(viewer, where, ORDER[query.sort], skip, PAGE_SIZE),
          totalOf(viewer, query, where, cap),
        ]).then(([page, total]) => ({ items: page.items, total }));
  return { items, total, totalIsLowerBound: total >= cap, page: query.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), query };
}

/** Tab counts stop here ("999+"): counting every open ticket of a large desk on each page view does not pay. */
export const VIEW_COUNT_CAP = 1000;

type CountedView = "unassigned" | "mine" | "open";

/**
 * How many open tickets are unassigned, the viewer's, and open in all, each counted up to
 * VIEW_COUNT_CAP: one statement, read once a request (the page's tabs and, on the first page of
 * one of these views, its total). Each count is an index-only scan that stops at the cap. Through
 * Prisma they were three queries, and on SQLite each fetched up to 1,000 ticket ids to count them
 * (14-25 ms of CPU a page). Raw SQL reads every ticket: for staff only, who see them all.
 */
const viewCountsOfThisRequest = cache(async (viewerId: string): Promise<Record<CountedView, number>> => {
  const open = Prisma.join([...OPEN_STATUSES]);
  const capped = (where: Prisma.Sql) =>
    Prisma.sql`(SELECT COUNT(*) FROM (SELECT 1 FROM "Ticket" WHERE "status" IN (${open}) AND ${where} LIMIT ${VIEW_COUNT_CAP}) AS "capped")`;
  const [row] = await db.$queryRaw<Record<CountedView, number | bigint>[]>`
    SELECT ${capped(Prisma.sql`"assigneeId" IS NULL`)} AS "unassigned",
           ${capped(Prisma.sql`"assigneeId" = ${viewerId}`)} AS "mine",
           ${capped(Prisma.sql`1 = 1`)} AS "open"`;
  return { unassigned: Number(row.unassigned), mine: Number(row.mine), open: Number(row.open) };
});

/** How many open tickets are unassigned, assigned to the viewer, and open in all, each up to VIEW_COUNT_CAP. */
export async function countQueueViews(viewer: ViewerLike): Promise<Partial<Record<QueueView, number>>> {
  if (!isStaff(viewer)) return {};
  return viewCountsOfThisRequest(viewer.id);
}

/** The total of a page's matches up to `cap`: the tabs' count when the page is one of theirs unfiltered. */
function totalOf(viewer: ViewerLike, query: QueueQuery, where: Prisma.Sql, cap: number): Promise<number> {
  const view = query.view;
  const counted = view === "unassigned" || view === "mine" || view === "open";
  if (counted && cap === VIEW_COUNT_CAP && isStaff(viewer) && !QUEUE_FILTERS.some((key) => query[key])) {
    return viewCountsOfThisRequest(viewer.id).then((counts) => counts[view]);
  }
  return countUpTo(where, cap, indexOrderOf(view));
}
